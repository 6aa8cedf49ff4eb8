"""Who comes: the organisers' table, numbers per status and room, CSV and XLSX exports,
the list shown to other participants, and checking people in at the door."""

import csv
import datetime
import io
import unicodedata
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from . import registration as registration_service
from .models import Event, Participant, Registration, Room

Status = Registration.Status
ACTIVE = (Status.REGISTERED, Status.WAITING)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def sort_key(text: str) -> str:
    """Alphabetical as people expect it: "Ä" with "A", "ß" with "ss", any case."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def registrations(event: Event, status: str = "", room: str = "") -> QuerySet[Registration]:
    """The event's registrations, by default those holding or waiting for a place.

    `status`: a Registration.Status value; `room`: a room's id, or "0" for "no room yet".
    """
    queryset = event.registrations.select_related("participant", "room")
    if status in Status.values:
        queryset = queryset.filter(status=status)
    else:
        queryset = queryset.filter(status__in=ACTIVE)
    if room == "0":
        queryset = queryset.filter(room__isnull=True)
    elif room.isdigit():
        queryset = queryset.filter(room_id=int(room))
    return queryset.order_by("status", "created_at", "pk")


@dataclass
class RoomCount:
    room: Room | None
    registered: int
    waiting: int

    @property
    def free(self) -> int | None:
        if self.room is None or self.room.capacity is None:
            return None
        return max(self.room.capacity - self.registered, 0)


def room_counts(event: Event) -> list[RoomCount]:
    """Registered and waiting people per room, then those without a room (if any)."""
    rooms = event.rooms.annotate(
        n_registered=Count("registrations", filter=Q(registrations__status=Status.REGISTERED)),
        n_waiting=Count("registrations", filter=Q(registrations__status=Status.WAITING)),
    ).order_by("position", "title", "pk")  # aggregating queries ignore Meta.ordering
    result = [RoomCount(room, room.n_registered, room.n_waiting) for room in rooms]
    unassigned = event.registrations.filter(room__isnull=True).aggregate(
        registered=Count("pk", filter=Q(status=Status.REGISTERED)),
        waiting=Count("pk", filter=Q(status=Status.WAITING)),
    )
    if unassigned["registered"] or unassigned["waiting"]:
        result.append(RoomCount(None, unassigned["registered"], unassigned["waiting"]))
    return result


def status_counts(event: Event) -> dict[str, int | None]:
    return registration_service.counts(event)


# Exports -------------------------------------------------------------------------------


def export_headers() -> list[str]:
    return [
        _("Name"),
        _("Organisation"),
        _("E-mail address"),
        _("Status"),
        _("Room"),
        _("Needs"),
        _("Consents"),
        _("Registered at"),
        _("Checked in"),
    ]


def consents(participant: Participant) -> str:
    given = [_("processing of the data")] if participant.consent_processing else []
    if participant.consent_listed:
        given.append(_("participant list"))
    if participant.consent_recording:
        given.append(_("recording"))
    return ", ".join(given)


def _local(value: datetime.datetime | None) -> datetime.datetime | None:
    """Local wall-clock time without zone (spreadsheets know no time zones)."""
    return None if value is None else timezone.localtime(value).replace(tzinfo=None)


def _safe(value):
    """Text that spreadsheets would run as a formula starts with an apostrophe instead."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_rows(queryset: QuerySet[Registration]) -> list[list]:
    """One row per registration, values as Python objects (times local, without zone)."""
    rows = []
    for registration in queryset:
        participant = registration.participant
        rows.append(
            [
                _safe(participant.name),
                _safe(participant.organisation_name),
                _safe(participant.email),
                registration.get_status_display(),
                _safe(registration.room.title) if registration.room else "",
                _safe(participant.needs),
                consents(participant),
                _local(registration.created_at),
                _local(registration.checked_in_at),
            ]
        )
    return rows


def _text(value) -> str:
    if isinstance(value, datetime.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    return "" if value is None else str(value)


def as_csv(queryset: QuerySet[Registration]) -> str:
    """RFC 4180 CSV with a byte order mark, so that spreadsheet programs read it as UTF-8."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(export_headers())
    for row in export_rows(queryset):
        writer.writerow([_text(value) for value in row])
    return buffer.getvalue()


def as_xlsx(queryset: QuerySet[Registration], title: str = "") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = (title or _("Participants"))[:31].translate(str.maketrans("[]:*?/\\", "       "))
    sheet.append(export_headers())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in export_rows(queryset):
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = "DD.MM.YYYY HH:MM"
    sheet.freeze_panes = "A2"
    widths = [28, 28, 32, 18, 20, 30, 30, 18, 18]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


# Lists for the day ---------------------------------------------------------------------


def listed_participants(event: Event) -> list[Participant]:
    """Who holds a place and agreed to appear on the list other participants get."""
    people = Participant.objects.filter(
        registrations__event=event,
        registrations__status=Status.REGISTERED,
        consent_listed=True,
        anonymised_at__isnull=True,
    ).distinct()
    return sorted(people, key=lambda p: (sort_key(p.name), p.pk))


def check_in_list(event: Event) -> list[Registration]:
    """Everyone holding a place, alphabetically."""
    holding = event.registrations.filter(status=Status.REGISTERED).select_related(
        "participant", "room"
    )
    return sorted(holding, key=lambda r: (sort_key(r.participant.name), r.pk))


def check_in(registration: Registration, now: datetime.datetime | None = None) -> None:
    if registration.checked_in_at is None:
        registration.checked_in_at = now or timezone.now()
        registration.save(update_fields=["checked_in_at"])


def undo_check_in(registration: Registration) -> None:
    if registration.checked_in_at is not None:
        registration.checked_in_at = None
        registration.save(update_fields=["checked_in_at"])
