"""Opening hours and dates in words, in the visitor's language."""

from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _

WEEKDAY_INDEX = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


def _times(schedule) -> str:
    if schedule.opens_at and schedule.closes_at:
        opens = time_format(schedule.opens_at, "TIME_FORMAT")
        return f"{opens}–{time_format(schedule.closes_at, 'TIME_FORMAT')}"
    if schedule.opens_at:
        return _("from %(time)s") % {"time": time_format(schedule.opens_at, "TIME_FORMAT")}
    return ""


def _ordinal(week: int) -> str:
    return {
        1: _("first"),
        2: _("second"),
        3: _("third"),
        4: _("fourth"),
        -1: _("last"),
    }.get(week, str(week))


def describe_schedule(schedule) -> str:
    """ "Mo, We 10:00–12:00", "every second Tuesday of the month, 15:00–17:00", …"""
    times = _times(schedule)
    if schedule.frequency == "once":
        day = date_format(schedule.date, "DATE_FORMAT") if schedule.date else ""
        text = f"{day}, {times}" if day and times else day or times
    elif schedule.frequency == "monthly" and schedule.week_of_month:
        days = " / ".join(str(WEEKDAYS[WEEKDAY_INDEX[d]]) for d in schedule.weekday_list)
        text = _("every %(ordinal)s %(weekday)s of the month") % {
            "ordinal": _ordinal(schedule.week_of_month),
            "weekday": days,
        }
        text = f"{text}, {times}" if times else text
    else:
        days = ", ".join(str(WEEKDAYS_ABBR[WEEKDAY_INDEX[d]]) for d in schedule.weekday_list)
        text = f"{days} {times}".strip()
    if schedule.note:
        text = f"{text} ({schedule.note})" if text else schedule.note
    return text
