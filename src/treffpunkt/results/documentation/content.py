"""What the documentation of an event says, as plain data for the DOCX and the PDF.

`collect(event)` reads everything once: the event with its agenda and speakers, each
protocol's statements grouped by kind (and its chat, summed up and listed), the polls of the
live sessions with their results and charts (SVG from `treffpunkt.live.charts`), the word
clouds, and the recommendations from the event with their ratings from linked poll items.
All text is in the active language; renderers only lay it out.
"""

import datetime
import html
import re
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from treffpunkt.events.models import AgendaItem, Event
from treffpunkt.live import charts
from treffpunkt.live.models import Poll
from treffpunkt.live.participation import results

from ..models import Protocol, Recommendation, Statement

Kind = Statement.Kind
KIND_ORDER = [Kind.PROBLEM, Kind.SOLUTION, Kind.BEST_PRACTICE, Kind.QUESTION, Kind.COMMENT]


def labels() -> dict[str, str]:
    """The fixed words of the documentation, translated once for both renderers."""
    return {
        "documentation": _("Documentation"),
        "agenda": _("Agenda"),
        "time": _("Time"),
        "item": _("Programme item"),
        "protocols": _("Protocols of the rooms"),
        "polls": _("Live polls"),
        "word_clouds": _("Word clouds"),
        "recommendations": _("Recommendations"),
        "how": _("How?"),
        "ratings": _("Ratings"),
        "answer": _("Answer"),
        "result": _("Result"),
        "term": _("Term"),
        "mentions": _("Mentions"),
        "no_answers": _("No answers."),
        "page": _("Page"),
        "contents": _("Contents"),
        "created": _("Created on %(date)s with Treffpunkt.")
        % {"date": date_format(timezone.localdate(), "DATE_FORMAT")},
    }


def kind_heading(kind: str) -> str:
    """The heading over the statements of one kind."""
    return {
        Kind.PROBLEM: _("Problems"),
        Kind.SOLUTION: _("Solutions"),
        Kind.BEST_PRACTICE: _("Best practices"),
        Kind.QUESTION: _("Questions"),
        Kind.COMMENT: _("Comments"),
        Kind.CHAT: _("Chat"),
    }[kind]


# The data ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One row of a two-column table: a label and its value."""

    label: str
    value: str

    @property
    def separator(self) -> str:
        """What stands between label and value in running text: a question needs no colon."""
        return " " if self.label.rstrip().endswith(("?", "!", ":")) else ": "


@dataclass
class AgendaEntry:
    time: str
    title: str
    kind: str
    description: str
    speakers: list[str]


@dataclass
class Said:
    """A statement or chat message as it appears in the documentation."""

    text: str
    speaker: str = ""
    time: str = ""
    links: list[str] = field(default_factory=list)  # "→ recommendation …", "→ offer …"


@dataclass
class KindGroup:
    kind: str
    heading: str
    statements: list[Said]


@dataclass
class Chat:
    heading: str
    summary: str
    messages: list[Said]


@dataclass
class ProtocolDoc:
    title: str
    facts: list[Line]
    groups: list[KindGroup]
    chat: Chat | None


@dataclass
class PollDoc:
    question: str
    kind: str
    kind_label: str
    context: str  # the live session (and room) it was asked in
    summary: str  # "12 people answered."
    chart: str  # SVG; "" for open answers and polls nobody answered
    terms: list[Line] = field(default_factory=list)  # word clouds: the terms with their counts
    answers: list[str] = field(default_factory=list)  # open answers

    @property
    def chart_size(self) -> tuple[float, float]:
        return svg_size(self.chart)

    @property
    def description(self) -> str:
        """What the chart shows, in words (its aria-label): the alternative text."""
        return svg_label(self.chart)


@dataclass
class SessionDoc:
    title: str
    polls: list[PollDoc]


@dataclass
class RecommendationDoc:
    title: str
    facts: list[Line]
    steps: list[str]
    ratings: list[Line]


@dataclass
class Documentation:
    title: str
    facts: list[Line]
    description: str
    agenda: list[AgendaEntry]
    protocols: list[ProtocolDoc]
    sessions: list[SessionDoc]
    word_clouds: list[PollDoc]
    recommendations: list[RecommendationDoc]
    labels: dict[str, str]
    filename_stem: str


# Formatting -------------------------------------------------------------------------------


def svg_size(svg: str) -> tuple[float, float]:
    """Width and height of an SVG document from its root attributes (0, 0 if none)."""
    found = re.search(r'<svg\b[^>]*?\bwidth="([\d.]+)"[^>]*?\bheight="([\d.]+)"', svg)
    return (float(found.group(1)), float(found.group(2))) if found else (0.0, 0.0)


def svg_label(svg: str) -> str:
    """The aria-label of an SVG document ("" if none)."""
    found = re.search(r'<svg\b[^>]*?\baria-label="([^"]*)"', svg)
    return html.unescape(found.group(1)) if found else ""


def _day(moment: datetime.datetime) -> str:
    return date_format(timezone.localtime(moment), "DATE_FORMAT")


def _clock(moment: datetime.datetime | datetime.time | None) -> str:
    if moment is None:
        return ""
    if isinstance(moment, datetime.datetime):
        moment = timezone.localtime(moment).time()
    return moment.strftime("%H:%M")


def _span(starts: datetime.datetime | None, ends: datetime.datetime | None) -> str:
    """ "20. Mai 2021, 13:30–14:15" (the end's day too if it differs)."""
    if starts is None:
        return ""
    text = f"{_day(starts)}, {_clock(starts)}"
    if ends is None:
        return text
    if timezone.localtime(ends).date() != timezone.localtime(starts).date():
        return f"{text} – {_day(ends)}, {_clock(ends)}"
    return f"{text}–{_clock(ends)}"


def _facts(*pairs: tuple[str, str]) -> list[Line]:
    """The pairs with a value, as table rows."""
    return [Line(label, value) for label, value in pairs if value]


def filename_stem(event: Event) -> str:
    """ "dokumentation-abschlussveranstaltung-…-2021-05-20" in German: ASCII in the active
    language, so that any mail program and file system takes it."""
    day = timezone.localtime(event.starts_at).date().isoformat()
    word = slugify(_("Documentation")) or "documentation"
    title = slugify(event.title)[:60].strip("-")
    return "-".join(part for part in (word, title, day) if part)


# The event and its agenda -----------------------------------------------------------------


def _place(event: Event) -> str:
    address = ", ".join(
        part
        for part in (event.venue_name, event.street, f"{event.postcode} {event.city}".strip())
        if part
    )
    if event.is_online and event.video_provider:
        online = f"{event.get_format_display()} ({event.video_provider})"
    else:
        online = event.get_format_display()
    return f"{online}: {address}" if address else online


def event_facts(event: Event) -> list[Line]:
    organisers = ", ".join(org.name for org in event.organisers.all())
    fields = ", ".join(item.display_name for item in event.fields_of_action.all())
    return _facts(
        (_("Date"), _span(event.starts_at, event.ends_at)),
        (_("Place"), _place(event)),
        (_("Organisers"), organisers),
        (_("Fields of action"), fields),
        (_("Who should come"), event.audience_note),
    )


def agenda(event: Event) -> list[AgendaEntry]:
    items = (
        AgendaItem.objects.filter(event=event)
        .prefetch_related("speakers")
        .order_by("starts_at", "pk")
    )
    return [
        AgendaEntry(
            time="–".join(part for part in (_clock(item.starts_at), _clock(item.ends_at)) if part),
            title=item.title,
            kind=item.get_kind_display(),
            description=item.description,
            speakers=[str(speaker) for speaker in item.speakers.all()],
        )
        for item in items
    ]


# Protocols --------------------------------------------------------------------------------


def _said(statement: Statement) -> Said:
    links = []
    if statement.recommendation_id:
        links.append(_("Recommendation: %(title)s") % {"title": statement.recommendation.title})
    if statement.offer_id:
        links.append(_("Offer: %(title)s") % {"title": statement.offer.title})
    return Said(statement.text, statement.speaker, _clock(statement.said_at), links)


def chat_summary(messages: list[Statement]) -> str:
    """ "14 chat messages from 9 people, 14:05–14:40." """
    count = ngettext("%(count)s chat message", "%(count)s chat messages", len(messages)) % {
        "count": len(messages)
    }
    people = len({message.speaker for message in messages if message.speaker})
    if people:
        count += " " + ngettext("from %(count)s person", "from %(count)s people", people) % {
            "count": people
        }
    times = sorted(message.said_at for message in messages if message.said_at)
    if times:
        span = (
            _clock(times[0]) if times[0] == times[-1] else f"{_clock(times[0])}–{_clock(times[-1])}"
        )
        count += f", {span}"
    return count + "."


def protocol_doc(protocol: Protocol) -> ProtocolDoc:
    statements = list(protocol.statements.all())
    groups = [
        KindGroup(kind, kind_heading(kind), [_said(s) for s in statements if s.kind == kind])
        for kind in KIND_ORDER
    ]
    messages = [s for s in statements if s.kind == Kind.CHAT]
    room = protocol.room.title if protocol.room_id and protocol.room.title != protocol.title else ""
    return ProtocolDoc(
        title=protocol.title,
        facts=_facts(
            (_("Room"), room),
            (_("Place"), protocol.place),
            (_("Date"), _span(protocol.starts_at, protocol.ends_at)),
            (_("Present"), protocol.present),
            (_("Conversation setting"), protocol.setting),
            (_("Remarks"), protocol.remarks),
        ),
        groups=[group for group in groups if group.statements],
        chat=Chat(kind_heading(Kind.CHAT), chat_summary(messages), [_said(s) for s in messages])
        if messages
        else None,
    )


def protocols(event: Event) -> list[ProtocolDoc]:
    statements = Statement.objects.select_related("recommendation", "offer").order_by(
        "position", "pk"
    )
    found = (
        Protocol.objects.filter(event=event)
        .select_related("room")
        .prefetch_related(Prefetch("statements", queryset=statements))
        .order_by("room__position", "room__title", "starts_at", "pk")
    )
    return [protocol_doc(protocol) for protocol in found]


# Polls ------------------------------------------------------------------------------------


def _percent(share: float) -> str:
    return f"{round(share * 100)} %"


def _mean(value: float | None) -> str:
    """4.67 -> "4.7" (number_format alone cuts the digits off: "4.6")."""
    return number_format(round(value, 1), 1) if value is not None else "–"


def cloud_terms(outcome: dict) -> list[Line]:
    """The terms of a word cloud with their counts (the picture shows no numbers)."""
    return [Line(term["text"], str(term["count"])) for term in outcome.get("terms", [])]


def poll_doc(poll: Poll, context: str) -> PollDoc:
    outcome = results(poll)
    voters = outcome.get("voters", 0)
    summary = ngettext("%(count)s person answered.", "%(count)s people answered.", voters) % {
        "count": voters
    }
    if poll.kind == Poll.Kind.RATING:
        summary += " " + _("Scale from 1 to %(max)s.") % {"max": poll.scale_max}
    return PollDoc(
        question=poll.question,
        kind=poll.kind,
        kind_label=poll.get_kind_display(),
        context=context,
        summary=summary,
        chart=charts.chart(poll.kind, outcome, poll.question) if voters else "",
        terms=cloud_terms(outcome) if poll.kind == Poll.Kind.WORDCLOUD else [],
        answers=outcome.get("answers", []),
    )


def live_polls(event: Event) -> tuple[list[SessionDoc], list[PollDoc]]:
    """The polls of the event's live sessions that were started, and the word clouds apart."""
    polls = Poll.objects.exclude(state=Poll.State.DRAFT).prefetch_related("items", "term_rules")
    sessions = (
        event.live_sessions.select_related("room")
        .prefetch_related(Prefetch("polls", queryset=polls.order_by("position", "pk")))
        .order_by("room__position", "title", "pk")
    )
    documented, clouds = [], []
    for session in sessions:
        context = session.title
        if session.room_id and session.room.title not in session.title:
            context = f"{session.title} ({session.room.title})"
        polls_here = []
        for poll in session.polls.all():
            doc = poll_doc(poll, context)
            (clouds if poll.kind == Poll.Kind.WORDCLOUD else polls_here).append(doc)
        if polls_here:
            documented.append(SessionDoc(context, polls_here))
    return documented, clouds


# Recommendations --------------------------------------------------------------------------


def rating_text(poll: Poll, outcome: dict, item_id: int) -> str:
    """What a linked poll said about one item: the mean, the votes or the place."""
    items = outcome.get("items", [])
    row = next((row for row in items if row.get("id") == item_id), None)
    if row is None:
        return ""
    if poll.kind == Poll.Kind.RATING:
        if row["mean"] is None:
            return _("no ratings")
        spread = " · ".join(
            f"{value}: {count}" for value, count in enumerate(row["distribution"], 1)
        )
        return _("average %(mean)s of %(max)s (%(n)s answers; %(spread)s)") % {
            "mean": _mean(row["mean"]), "max": poll.scale_max, "n": row["n"], "spread": spread,
        }  # fmt: skip
    if poll.kind in (Poll.Kind.SINGLE, Poll.Kind.MULTIPLE):
        return _("%(count)s of %(voters)s votes (%(share)s)") % {
            "count": row["count"], "voters": outcome["voters"], "share": _percent(row["share"]),
        }  # fmt: skip
    if poll.kind == Poll.Kind.RANKING:
        place = items.index(row) + 1
        return _("place %(place)s of %(total)s (%(points)s points)") % {
            "place": place, "total": len(items), "points": row["points"],
        }  # fmt: skip
    return ""


def _status(recommendation: Recommendation) -> str:
    status = recommendation.get_status_display()
    if recommendation.progress and recommendation.status != Recommendation.Status.REJECTED:
        status += f" ({recommendation.progress} %)"
    return status


def recommendation_doc(
    recommendation: Recommendation, outcomes: dict[int, dict]
) -> RecommendationDoc:
    forwarded = recommendation.committee
    if forwarded and recommendation.forwarded_on:
        forwarded += f", {date_format(recommendation.forwarded_on, 'DATE_FORMAT')}"
    return RecommendationDoc(
        title=recommendation.title,
        facts=_facts(
            (_("Field of action"), recommendation.field_of_action.display_name),
            (_("From room"), recommendation.room.title if recommendation.room_id else ""),
            (_("Status"), _status(recommendation)),
            (_("Political body"), forwarded),
            (_("Reason for rejection"), recommendation.rejection_reason),
            (_("Responsible"), recommendation.owner.name if recommendation.owner_id else ""),
            (
                _("Due"),
                date_format(recommendation.due_on, "DATE_FORMAT") if recommendation.due_on else "",
            ),
        ),
        steps=recommendation.steps,
        ratings=ratings(recommendation, outcomes),
    )


def ratings(recommendation: Recommendation, outcomes: dict[int, dict]) -> list[Line]:
    """What the live polls that rated the recommendation said, one line per poll item;
    `outcomes` keeps each poll's results so that a poll is summed up once."""
    lines = []
    for item in recommendation.poll_items.all():
        poll = item.poll
        if poll.pk not in outcomes:
            outcomes[poll.pk] = results(poll)
        text = rating_text(poll, outcomes[poll.pk], item.pk)
        if text:
            lines.append(Line(poll.question, text))
    return lines


def recommendations(event: Event) -> list[RecommendationDoc]:
    found = (
        Recommendation.objects.filter(event=event)
        .select_related("field_of_action", "room", "owner")
        .prefetch_related(
            Prefetch("poll_items__poll", queryset=Poll.objects.prefetch_related("items"))
        )
        .order_by("room__position", "field_of_action__position", "title", "pk")
    )
    outcomes: dict[int, dict] = {}  # poll id -> results, each poll summed up once
    return [recommendation_doc(recommendation, outcomes) for recommendation in found]


# All of it --------------------------------------------------------------------------------


def collect(event: Event) -> Documentation:
    """Everything the documentation of `event` says."""
    sessions, clouds = live_polls(event)
    return Documentation(
        title=event.title,
        facts=event_facts(event),
        description=event.description,
        agenda=agenda(event),
        protocols=protocols(event),
        sessions=sessions,
        word_clouds=clouds,
        recommendations=recommendations(event),
        labels=labels(),
        filename_stem=filename_stem(event),
    )
