"""HSDS schedule records: the times of an offer as iCalendar-like recurrences."""

import datetime
import zoneinfo

from django.conf import settings

from ..models import Offer
from ..schedules import describe_schedule
from .taxonomy import Terms
from .values import compact, format_date, format_time, stable_id


def _berlin_offset(day: datetime.date, at: datetime.time | None) -> int | float:
    """The UTC offset in hours of the site's time zone on that day (1 or 2 for Germany)."""
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    moment = datetime.datetime.combine(day, at or datetime.time(12), tzinfo=zone)
    hours = moment.utcoffset().total_seconds() / 3600
    return int(hours) if hours.is_integer() else hours


def schedule_record(
    schedule, offer: Offer, terms: Terms, *, location_id=None, service_at_location_id=None
) -> dict:
    """A time of the offer as an HSDS schedule (in a service_at_location if the ids are given)."""
    schedule_id = stable_id("schedule", schedule.pk)
    record = {
        "id": schedule_id,
        "service_id": stable_id("service", offer.pk),
        "location_id": location_id,
        "service_at_location_id": service_at_location_id,
        **_recurrence(schedule, offer),
        "opens_at": format_time(schedule.opens_at),
        "closes_at": format_time(schedule.closes_at),
        "description": describe_schedule(schedule),
        "notes": schedule.note,
        "attributes": [
            terms.attribute(("property", "timezone"), "schedule", schedule_id, settings.TIME_ZONE)
        ],
    }
    return compact(record)


def _recurrence(schedule, offer: Offer) -> dict:
    """freq, byday/bymonthday, dtstart and validity of a weekly, monthly or one-off time."""
    if schedule.frequency == "once":
        return _once(schedule)
    valid_from, valid_to = _validity(schedule, offer)
    if schedule.frequency == "monthly":
        return _monthly(schedule, valid_from, valid_to)
    return {
        "freq": "WEEKLY",
        "wkst": "MO",
        "byday": ",".join(schedule.weekday_list),
        "dtstart": format_date(schedule.date),
        "valid_from": format_date(valid_from),
        "valid_to": format_date(valid_to),
    }


def _once(schedule) -> dict:
    """One occurrence: FREQ=WEEKLY from that day until that day, with that day's UTC offset."""
    if not schedule.date:
        return {}
    day = format_date(schedule.date)
    return {
        "freq": "WEEKLY",
        "wkst": "MO",
        "dtstart": day,
        "until": day,
        "valid_from": day,
        "valid_to": day,
        "timezone": _berlin_offset(schedule.date, schedule.opens_at),
    }


def _validity(schedule, offer: Offer) -> tuple[datetime.date | None, datetime.date | None]:
    """First and last day of the time, narrowed by the offer's validity."""
    starts = [day for day in (schedule.valid_from, offer.valid_from) if day]
    ends = [day for day in (schedule.valid_until, offer.valid_until) if day]
    return (max(starts) if starts else None), (min(ends) if ends else None)


def _monthly(schedule, valid_from, valid_to) -> dict:
    """FREQ=MONTHLY: byday "2TU" (week of the month), else weekdays, else the date's day."""
    days = schedule.weekday_list
    record = {
        "freq": "MONTHLY",
        "wkst": "MO",
        "valid_from": format_date(valid_from),
        "valid_to": format_date(valid_to),
    }
    if schedule.week_of_month and days:
        record["byday"] = ",".join(f"{schedule.week_of_month}{day}" for day in days)
    elif days:
        record["byday"] = ",".join(days)
    elif schedule.date:
        record["bymonthday"] = str(schedule.date.day)
    record["dtstart"] = format_date(schedule.date)
    return record
