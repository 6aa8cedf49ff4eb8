"""E-mails Treffpunkt sends: from the platform's address in the name of an organisation, as
plain text and HTML rendered from templates in the active language."""

import re
from email.headerregistry import Address
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


def sender_for(organisation_name: str | None) -> str:
    """ "Caritas Musterstadt via Treffpunkt <treffpunkt@…>": the platform's address (SPF,
    DKIM), the organisation's name."""
    site_name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    site_name = site_name or settings.TREFFPUNKT_SITE_NAME
    name = f"{organisation_name} via {site_name}" if organisation_name else site_name
    return str(Address(display_name=name, addr_spec=address))


def templated_message(
    template: str, context: dict, *, from_email: str, to: list[str], reply_to=()
) -> EmailMultiAlternatives:
    """The message from `<template>_subject.txt`, `<template>.txt` and `<template>.html`."""
    context = {
        "language_code": translation.get_language(),
        "language_bidi": translation.get_language_bidi(),
        **context,
    }
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    context["subject"] = subject
    # Templates stay readable; the mail gets at most one blank line between paragraphs.
    text = render_to_string(f"{template}.txt", context)
    text = re.sub(r"\n{3,}", "\n\n", text).rstrip() + "\n"
    html = render_to_string(f"{template}.html", context)
    message = EmailMultiAlternatives(
        subject,
        text,
        from_email,
        list(to),
        reply_to=list(reply_to),
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative(html, "text/html")
    return message
