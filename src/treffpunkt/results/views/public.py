"""Public results pages: what was recommended and what became of it (per network and field
of action, as Decidim's accountability shows it), one recommendation in detail, and the
protocols of published events. Plain HTML, no JavaScript needed.

Stored text is anonymised on import; templates still pass it through the `public` filter,
which removes anything that looks like an e-mail address or a phone number.
"""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from treffpunkt.directory.models import Offer
from treffpunkt.events.models import Event
from treffpunkt.live import charts
from treffpunkt.network.models import FieldOfAction, Network
from treffpunkt.practice.models import GoodPractice
from treffpunkt.translations import display

from .. import tracking
from ..models import Protocol, Recommendation, Statement, StatusChange

Status = Recommendation.Status


def _with_links(queryset):
    """Recommendations with what the public pages show of them, in few queries."""
    return queryset.select_related(
        "field_of_action", "network", "event", "room", "owner"
    ).prefetch_related(
        Prefetch("status_changes", queryset=StatusChange.objects.order_by("changed_at", "pk")),
        Prefetch(
            "offers", queryset=Offer.objects.published().order_by("title"), to_attr="public_offers"
        ),
        Prefetch(
            "good_practices",
            queryset=GoodPractice.objects.filter(status=GoodPractice.Status.PUBLISHED).order_by(
                "title"
            ),
            to_attr="public_practices",
        ),
    )


def _annotate(recommendations: list[Recommendation]) -> list[Recommendation]:
    """Attach ratings and the addresses of good practices (empty while they have no page)."""
    found = tracking.ratings(recommendations)
    for recommendation in recommendations:
        recommendation.rating = found[recommendation.pk]
        recommendation.event_is_public = bool(
            recommendation.event_id
            and recommendation.event.status in tracking.PUBLIC_EVENT_STATUSES
        )
        for practice in recommendation.public_practices:
            practice.url = tracking.practice_url(practice)
    return recommendations


def _with_translations(recommendations: list[Recommendation]) -> list[Recommendation]:
    """Fetch the titles the cards show in the visitor's language, once per kind of content."""
    display.prefetch(recommendations)
    display.prefetch([r.event for r in recommendations if r.event_is_public])
    display.prefetch([offer for r in recommendations for offer in r.public_offers])
    display.prefetch([practice for r in recommendations for practice in r.public_practices])
    return recommendations


def overview(request, network_slug: str | None = None):
    """All public recommendations (of one network), grouped by field of action, with counts
    per status; `?thema=<slug>` narrows to one field, `?status=<status>` to one status."""
    network = get_object_or_404(Network, slug=network_slug) if network_slug else None
    recommendations = tracking.public_recommendations()
    if network is not None:
        recommendations = recommendations.filter(network=network)
    fields = FieldOfAction.objects.filter(recommendations__in=recommendations).distinct()
    field = None
    if slug := request.GET.get("thema", ""):
        field = get_object_or_404(FieldOfAction, slug=slug)
        recommendations = recommendations.filter(field_of_action=field)
    counts = tracking.status_counts(recommendations.only("status"))
    status = request.GET.get("status", "")
    if status in Status.values:
        recommendations = recommendations.filter(status=status)
    else:
        status = ""
    shown = _with_translations(_annotate(list(_with_links(recommendations))))
    networks = Network.objects.filter(
        recommendations__in=tracking.public_recommendations()
    ).distinct()
    return render(
        request,
        "results/tracking.html",
        {
            "network": network,
            "networks": networks,
            "fields": fields,
            "field": field,
            "status": status,
            "status_label": dict(Status.choices).get(status, ""),
            "counts": counts,
            "total": sum(count for _, _, count in counts),
            "groups": tracking.by_field(shown),
        },
    )


def recommendation(request, pk: int):
    """One recommendation: the how, its origin, its ratings, its way, what implements it."""
    found = get_object_or_404(_with_links(tracking.public_recommendations()), pk=pk)
    _annotate([found])
    statements = found.statements.filter(
        protocol__event__status=Event.Status.PUBLISHED
    ).select_related("protocol")
    chart = ""
    if found.rating.n:
        chart = mark_safe(charts.rating_chart(found.rating.chart_results(), found.title))
    return render(
        request,
        "results/recommendation_detail.html",
        {"recommendation": found, "statements": statements, "chart": chart},
    )


def protocol(request, pk: int):
    """The protocol of a room of a published event, its statements grouped by kind."""
    found = get_object_or_404(
        Protocol.objects.select_related("event", "room"),
        pk=pk,
        event__status=Event.Status.PUBLISHED,
    )
    statements = list(found.statements.prefetch_related("fields_of_action"))
    groups = [
        (kind, label, [s for s in statements if s.kind == kind])
        for kind, label in Statement.Kind.choices
    ]
    return render(
        request,
        "results/protocol_public.html",
        {
            "protocol": found,
            "groups": [group for group in groups if group[2]],
            "recommendations": tracking.public_recommendations()
            .filter(statements__protocol=found)
            .distinct(),
        },
    )
