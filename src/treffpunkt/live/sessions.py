"""Participants are known by a key in their browser session, per live session: no account,
no name unless they give one."""

SESSION_KEY = "treffpunkt_live"


def participant_key(browser_session, live_session) -> str | None:
    if browser_session is None:
        return None
    return browser_session.get(SESSION_KEY, {}).get(str(live_session.pk))


def remember(browser_session, live_session, participant) -> None:
    keys = dict(browser_session.get(SESSION_KEY, {}))
    keys[str(live_session.pk)] = str(participant.key)
    browser_session[SESSION_KEY] = keys
