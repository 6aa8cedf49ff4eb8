"""Text templates of a counselling team: ready answers per language that a counsellor
starts from (inserted without JavaScript: the case page reloads with the text filled in)."""

from django.db.models import Case as Choose
from django.db.models import IntegerField, Value, When

from .models import Case, TextTemplate
from .rules import counselling_organisation_ids


def for_user(user):
    """The templates of every team the user counsels in."""
    return TextTemplate.objects.filter(
        organisation_id__in=counselling_organisation_ids(user)
    ).select_related("organisation")


def for_case(case: Case):
    """The case's team's templates, those in the case's language first."""
    return (
        TextTemplate.objects.filter(organisation_id=case.service.organisation_id)
        .annotate(
            other_language=Choose(
                When(language=case.language, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("other_language", "language", "title")
    )


def text_for(case: Case, pk) -> str:
    """The body of one of the case's team's templates ("" if it is not theirs)."""
    try:
        template = for_case(case).filter(pk=int(pk)).first()
    except (TypeError, ValueError):
        return ""
    return template.body if template else ""
