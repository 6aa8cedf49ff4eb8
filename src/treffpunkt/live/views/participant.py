"""Joining by code and taking part, without an account. Every form works as a plain POST;
with JavaScript the same forms go through the WebSocket and updates arrive by themselves."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import broadcast, fragments, participation
from ..models import LiveParticipant, LiveSession, Poll, Question
from ..polls import AnswerError
from ..sessions import participant_key, remember


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=20,
        help_text=gettext_lazy("The numbers shown in the room, e.g. 4879 889."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )

    def clean_code(self):
        code = "".join(ch for ch in self.cleaned_data["code"] if ch.isdigit())
        if not LiveSession.objects.filter(code=code, is_open=True).exists():
            raise forms.ValidationError(_("There is no open session with this code."))
        return code


class JoinForm(forms.Form):
    display_name = forms.CharField(
        label=gettext_lazy("Your name (optional)"),
        max_length=60,
        required=False,
        help_text=gettext_lazy("Leave it empty to take part anonymously."),
    )


def enter_code(request):
    form = CodeForm(request.GET or None)
    if request.GET and form.is_valid():
        return redirect("live:session", code=form.cleaned_data["code"])
    return render(request, "live/enter_code.html", {"form": form})


def _participant(request, session: LiveSession) -> LiveParticipant | None:
    key = participant_key(request.session, session)
    return LiveParticipant.objects.filter(key=key, session=session).first() if key else None


def session_page(request, code: str):
    session = get_object_or_404(
        LiveSession.objects.select_related("current_poll", "event"), code=code
    )
    participant = _participant(request, session)
    if participant is None:
        form = JoinForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                participant = participation.join(session, form.cleaned_data["display_name"])
            except participation.NotAllowed as problem:
                form.add_error(None, str(problem))
            else:
                remember(request.session, session, participant)
                return redirect("live:session", code=code)
        return render(request, "live/join.html", {"session": session, "form": form})
    values = fragments.context(session, "participant")
    values.update({"participant": participant, "oob": False, "language": get_language()})
    return render(request, "live/session.html", values)


def _act(request, code: str, action):
    session = get_object_or_404(LiveSession, code=code)
    participant = _participant(request, session)
    if participant is None:
        return redirect("live:session", code=code)
    try:
        parts = action(session, participant)
    except (AnswerError, participation.NotAllowed) as problem:
        messages.error(request, str(problem))
    else:
        broadcast.send_now(session, parts)
        messages.success(request, _("Thank you, received."))
    return redirect(reverse("live:session", args=[code]) + "#main")


@require_POST
def vote(request, code: str, poll: int):
    def action(session, participant):
        participation.vote(
            get_object_or_404(Poll, pk=poll, session=session), participant, request.POST
        )
        return ("results",)

    return _act(request, code, action)


@require_POST
def ask(request, code: str):
    def action(session, participant):
        participation.ask(session, participant, request.POST.get("text", ""))
        return ("questions",)

    return _act(request, code, action)


@require_POST
def upvote(request, code: str, question: int):
    def action(session, participant):
        participation.upvote(get_object_or_404(Question, pk=question, session=session), participant)
        return ("questions",)

    return _act(request, code, action)


@require_POST
def chat(request, code: str):
    def action(session, participant):
        participation.chat(session, participant, request.POST.get("text", ""))
        return ("chat",)

    return _act(request, code, action)
