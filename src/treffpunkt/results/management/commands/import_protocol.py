"""Import a raw protocol, a Webex/Zoom chat or a Mentimeter workbook:
`treffpunkt import_protocol FILE --event PK [--date YYYY-MM-DD] [--dry-run] [--json]`."""

import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from treffpunkt.events.models import Event
from treffpunkt.results import importers


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(
            _("“%(value)s” is not a date (YYYY-MM-DD).") % {"value": value}
        ) from None


class Command(BaseCommand):
    help = (
        "Import a raw protocol (text, Markdown, HTML fragments), a saved Webex or Zoom chat or a "
        "Mentimeter results workbook into an event. Names are anonymised on the way."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", type=Path)
        parser.add_argument("--event", metavar="PK", type=int, help="The event to save into.")
        parser.add_argument("--date", metavar="YYYY-MM-DD", type=_date, help="Date of the meeting.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would be created, write nothing."
        )
        parser.add_argument("--json", action="store_true", help="Print the preview as JSON.")

    def handle(self, *args, file: Path, **options):
        try:
            parsed = importers.read(file.read_bytes(), options["date"])
        except OSError as error:
            raise CommandError(str(error)) from None
        except importers.ImportRefused as error:
            raise CommandError(str(error)) from None
        if options["json"]:
            self.stdout.write(json.dumps(parsed.as_json(), ensure_ascii=False, indent=2))
        else:
            self._summary(parsed)
        if options["dry_run"]:
            return
        event = self._event(options["event"])
        saved = importers.save(parsed, event, file.name)
        self.stderr.write(
            self.style.SUCCESS(
                _("%(protocols)s protocol(s) and %(polls)s poll(s) saved for “%(event)s”.")
                % {"protocols": len(saved.protocols), "polls": len(saved.polls), "event": event}
            )
        )

    def _event(self, pk: int | None) -> Event:
        if pk is None:
            raise CommandError(_("Give the event to save into (--event PK), or use --dry-run."))
        try:
            return Event.objects.get(pk=pk)
        except Event.DoesNotExist:
            raise CommandError(_("There is no event %(pk)s.") % {"pk": pk}) from None

    def _summary(self, parsed) -> None:
        for room in parsed.rooms:
            self.stdout.write(
                _(
                    "%(room)s: %(statements)s statement(s), %(chat)s chat message(s), "
                    "%(terms)s term(s)"
                )
                % {
                    "room": room.title,
                    "statements": len(room.statements),
                    "chat": len(room.chat),
                    "terms": len(room.terms),
                }
            )
        for poll in parsed.polls:
            self.stdout.write(
                _("Poll “%(question)s”: %(items)s item(s), %(voters)s voter(s)")
                % {"question": poll.question, "items": len(poll.items), "voters": len(poll.answers)}
            )
        for _room, item in parsed.unclassified:
            self.stdout.write(
                _("Not classified, kept as a comment (line %(line)s): %(text)s")
                % {"line": item.line, "text": item.text[:100]}
            )
