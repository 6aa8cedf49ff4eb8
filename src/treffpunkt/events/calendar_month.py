"""One month of the calendar as weeks of days (Monday first, as in Germany), each day with
the events held on it, in German time."""

import calendar
import datetime
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils import timezone

FIRST_YEAR = 2000
LAST_YEAR = 2100


@dataclass
class Day:
    date: datetime.date
    is_today: bool = False
    events: list = field(default_factory=list)


@dataclass
class Month:
    first: datetime.date  # the first day of the month
    weeks: list[list[Day | None]]  # None: a day of the month before or after
    weekdays: list[datetime.date]  # one date per column, for the weekday names

    @property
    def previous(self) -> datetime.date | None:
        day = (self.first - datetime.timedelta(days=1)).replace(day=1)
        return day if day.year >= FIRST_YEAR else None

    @property
    def next(self) -> datetime.date | None:
        day = (self.first + datetime.timedelta(days=31)).replace(day=1)
        return day if day.year <= LAST_YEAR else None

    @property
    def event_count(self) -> int:
        return len({event.pk for week in self.weeks for day in week if day for event in day.events})


def is_valid_month(year: int, month: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12


def _start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def month_of(events: QuerySet, year: int, month: int, today: datetime.date | None = None) -> Month:
    """The month's grid with `events` (a queryset) placed on every day they take place."""
    today = today or timezone.localdate()
    first = datetime.date(year, month, 1)
    after = (first + datetime.timedelta(days=31)).replace(day=1)
    days: dict[datetime.date, Day] = {}
    weeks = []
    for week in calendar.Calendar(calendar.MONDAY).monthdatescalendar(year, month):
        row: list[Day | None] = []
        for date in week:
            if date.month == month:
                days[date] = Day(date, is_today=date == today)
                row.append(days[date])
            else:
                row.append(None)
        weeks.append(row)
    in_month = events.filter(starts_at__lt=_start_of(after), ends_at__gte=_start_of(first))
    for event in in_month.order_by("starts_at", "pk"):
        date = max(timezone.localdate(event.starts_at), first)
        ends = timezone.localtime(event.ends_at)
        last = ends.date()
        if ends.time() == datetime.time.min and event.ends_at > event.starts_at:
            last -= datetime.timedelta(days=1)  # until midnight: not on the next day
        while date <= last and date in days:
            days[date].events.append(event)
            date += datetime.timedelta(days=1)
    weekdays = calendar.Calendar(calendar.MONDAY).monthdatescalendar(year, month)[0]
    return Month(first=first, weeks=weeks, weekdays=weekdays)
