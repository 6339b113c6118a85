"""A stored or raised problem's text in the interface's language, at display time.

The layers below (net, feeds, sync, oslayer/secrets) word their problems in English, and a
feed's last error and the account's last sync error are stored that way in the database:
that English text is the stable form. Shown to the user (the sidebar's tooltip, Feed errors,
feed properties, the sync status, Settings, ``caravan feeds``/``show``/``sync``), it goes
through ``in_language``, which recognises each message the code writes by its pattern and
says it again with ``translate`` (context ``Problems``), its values kept. A text it does not
know (a library's own words, a row older than a pattern) is shown as stored, still readable;
in English every text is shown as stored (the sources here are only the translators' keys).
``tests/unit/test_problems.py`` makes the common problems with the real code (a 404, a closed
port, a web page, a broken JSON feed, a refused login, the settings writer, a broken file, an
OPML file) and checks they come out translated, so a changed English message fails there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop_app.i18n import interface_language, translate, whole

_Say = Callable[[dict[str, str]], str | None]


def _number(text: str) -> str:
    """An English-grouped figure (``1,048,576``) grouped the interface's way."""
    return whole(int(text.replace(",", "")))


def _connect_reason(reason: str) -> str:
    """The socket's reason, as net/http.py shortens it."""
    reasons = {
        "connection refused": translate("Problems", "connection refused"),
        "name or service not known": translate("Problems", "name or service not known"),
        "network is unreachable": translate("Problems", "network is unreachable"),
        "no route to host": translate("Problems", "no route to host"),
        "temporary failure in name resolution": translate(
            "Problems", "temporary failure in name resolution"
        ),
        "connection failed": translate("Problems", "connection failed"),
    }
    return reasons.get(reason, reason)


def _not_a_feed(values: dict[str, str]) -> str:
    reason = values["reason"]
    if reason:
        return translate("Problems", "{address} is not a feed ({reason})").format(
            address=values["address"], reason=reason
        )
    return translate("Problems", "{address} is not a feed").format(address=values["address"])


def _web_page(values: dict[str, str]) -> str:
    if values["links"]:
        return translate(
            "Problems", "{address} is a web page, not a feed; it links to {links}"
        ).format(address=values["address"], links=values["links"])
    return translate("Problems", "{address} is a web page, not a feed").format(
        address=values["address"]
    )


def _http_status(values: dict[str, str]) -> str:
    """The status said with its meaning in the interface's language: the reason phrase
    comes from the server, in English (or in nothing at all with HTTP/2)."""
    meanings = {
        "400": translate("Problems", "bad request"),
        "401": translate("Problems", "authorisation required"),
        "403": translate("Problems", "access forbidden"),
        "404": translate("Problems", "not found"),
        "410": translate("Problems", "gone for good"),
        "429": translate("Problems", "too many requests"),
        "500": translate("Problems", "internal server error"),
        "502": translate("Problems", "bad gateway"),
        "503": translate("Problems", "service unavailable"),
        "504": translate("Problems", "gateway timeout"),
    }
    meaning = meanings.get(values["status"])
    if meaning is None:
        return translate("Problems", "The server answered HTTP {status} for {address}").format(
            status=values["status"], address=values["address"]
        )
    return translate(
        "Problems", "The server answered HTTP {status} ({meaning}) for {address}"
    ).format(status=values["status"], meaning=meaning, address=values["address"])


# (pattern of the English text, how to say it): the first that matches the whole text wins.
_MESSAGES: list[tuple[str, _Say]] = [
    # net/http.py
    (r"HTTP (?P<status>\d{3}) (?P<reason>.*?) for (?P<address>\S+)", _http_status),
    (
        r"refused (?P<address>'.*'): only http and https are fetched",
        lambda v: translate(
            "Problems", "Refused {address}: only http and https are fetched"
        ).format(**v),
    ),
    (
        r"refused a redirect to (?P<address>'.*')",
        lambda v: translate("Problems", "Refused a redirect to {address}").format(**v),
    ),
    (
        r"refused (?P<host>\S+): its TLS certificate does not verify \((?P<reason>.*)\)",
        lambda v: translate(
            "Problems", "Refused {host}: its TLS certificate does not verify ({reason})"
        ).format(**v),
    ),
    (
        r"connection to (?P<host>\S+) timed out",
        lambda v: translate("Problems", "The connection to {host} timed out").format(**v),
    ),
    (
        r"cannot connect to (?P<host>\S+): (?P<reason>.*)",
        lambda v: translate("Problems", "Cannot connect to {host}: {reason}").format(
            host=v["host"], reason=_connect_reason(v["reason"])
        ),
    ),
    (
        r"(?P<host>\S+) stopped answering \(read time-out\)",
        lambda v: translate("Problems", "{host} stopped answering (read time-out)").format(**v),
    ),
    (
        r"more than (?P<count>\d+) redirects from (?P<address>\S+)",
        lambda v: translate("Problems", "More than {count} redirects from {address}").format(**v),
    ),
    (
        r"refused a redirect from (?P<address>\S+) to a non-web address",
        lambda v: translate(
            "Problems", "Refused a redirect from {address} to a non-web address"
        ).format(**v),
    ),
    (
        r"download of (?P<address>\S+) failed: (?P<reason>.*)",
        lambda v: translate("Problems", "The download of {address} failed: {reason}").format(**v),
    ),
    (
        r"(?P<address>\S+) is (?P<size>[\d,]+) bytes, over the cap",
        lambda v: translate("Problems", "{address} is {size} bytes, over the limit").format(
            address=v["address"], size=_number(v["size"])
        ),
    ),
    (
        r"(?P<address>\S+) is larger than (?P<size>[\d,]+) bytes; download cut",
        lambda v: translate(
            "Problems", "{address} is larger than {size} bytes; the download was cut"
        ).format(address=v["address"], size=_number(v["size"])),
    ),
    (
        r"(?P<address>\S+) took longer than (?P<seconds>\d+) s; download cut",
        lambda v: translate(
            "Problems", "{address} took longer than {seconds} s; the download was cut"
        ).format(**v),
    ),
    # feeds/
    (
        r"(?P<address>\S+): the feed could not be parsed \((?P<reason>.*)\)",
        lambda v: translate(
            "Problems", "{address}: the feed could not be parsed ({reason})"
        ).format(**v),
    ),
    (r"(?P<address>\S+) is a web page, not a feed(?:; it links to (?P<links>.*))?", _web_page),
    (r"(?P<address>\S+) is not a feed(?: \((?P<reason>.*)\))?", _not_a_feed),
    (
        r"(?P<address>\S+): a JSON feed must be UTF-8 \((?P<reason>.*)\)",
        lambda v: translate("Problems", "{address}: a JSON feed must be UTF-8 ({reason})").format(
            **v
        ),
    ),
    (
        r"(?P<address>\S+): broken JSON feed \((?P<reason>.*), character (?P<position>\d+)\)",
        lambda v: translate(
            "Problems", "{address}: broken JSON feed ({reason}, character {position})"
        ).format(**v),
    ),
    (
        r"(?P<address>\S+) is JSON but not a feed",
        lambda v: translate("Problems", "{address} is JSON but not a feed").format(**v),
    ),
    (
        r"the JSON feed has no list of items",
        lambda v: translate("Problems", "The JSON feed has no list of items"),
    ),
    (
        r"the RSS-in-JSON document has no channel",
        lambda v: translate("Problems", "The RSS-in-JSON document has no channel"),
    ),
    # feeds/opml.py
    (
        r"the file is larger than (?P<size>\d+) MB",
        lambda v: translate("Problems", "the file is larger than {size} MB").format(**v),
    ),
    (
        r"the file declares a document type or entities, which are refused",
        lambda v: translate(
            "Problems", "the file declares a document type or entities, which are refused"
        ),
    ),
    (
        r"the file is not well-formed XML \((?P<reason>.*)\)",
        lambda v: translate("Problems", "the file is not well-formed XML ({reason})").format(**v),
    ),
    (
        r"the file is not OPML \(no <opml><body>\)",
        lambda v: translate("Problems", "the file is not OPML (no <opml><body>)"),
    ),
    (
        r"(?P<name>.+): not an http or https address \((?P<address>.*)\)",
        lambda v: translate("Problems", "{name}: not an http or https address ({address})").format(
            **v
        ),
    ),
    # sync/greader.py, services/sync.py, services/accounts.py
    (
        r"(?P<host>\S+) refused the user name or the password",
        lambda v: translate("Problems", "{host} refused the user name or the password").format(**v),
    ),
    (
        r"(?P<host>\S+) answered the login without a session \(no Auth= line\): "
        r"is this the address of a Google Reader API\?",
        lambda v: translate(
            "Problems",
            "{host} answered the login without a session (no Auth= line): "
            "is this the address of a Google Reader API?",
        ).format(**v),
    ),
    (
        r"the server failed \(HTTP (?P<status>\d{3})\) and the sync stopped; "
        r"what was not sent stays queued for the next sync",
        lambda v: translate(
            "Problems",
            "The server failed (HTTP {status}) and the sync stopped; "
            "what was not sent stays queued for the next sync",
        ).format(**v),
    ),
    (
        r"no sync account is set up \(caravan account add\)",
        lambda v: translate("Problems", "No sync account is set up (caravan account add)"),
    ),
    (
        r"sync cancelled; what was stored so far is kept",
        lambda v: translate("Problems", "Sync cancelled; what was stored so far is kept"),
    ),
    (
        r"the user name and the password are both needed",
        lambda v: translate("Problems", "The user name and the password are both needed"),
    ),
    # oslayer/secrets.py
    (
        r"no keyring was found on this system \(Secret Service, KWallet, the Windows "
        r"Credential Locker or the macOS Keychain\): the password cannot be kept",
        lambda v: translate(
            "Problems",
            "No keyring was found on this system (Secret Service, KWallet, the Windows "
            "Credential Locker or the macOS Keychain): the password cannot be kept",
        ),
    ),
    (
        r"the keyring refused the password: (?P<reason>.*)",
        lambda v: translate("Problems", "The keyring refused the password: {reason}").format(**v),
    ),
]
# config.py: a setting's problem, after "{file}: {key}: " (see _setting_line below), without
# what is used instead, which comes after it (_FALLBACK) and which the settings writer drops.
_SETTINGS: list[tuple[str, _Say]] = [
    (r"unknown key", lambda v: translate("Problems", "unknown key")),
    (
        r"must be one of (?P<choices>.*)",
        lambda v: translate("Problems", "must be one of {choices}").format(**v),
    ),
    (
        r"unknown provider (?P<provider>.*) \(known: (?P<known>.*)\)",
        lambda v: translate("Problems", "unknown provider {provider} (known: {known})").format(**v),
    ),
    (
        r"must be a table like (?P<table>\[.*\])",
        lambda v: translate("Problems", "must be a table like {table}").format(**v),
    ),
    (r"must be a string", lambda v: translate("Problems", "must be a string")),
    (r"must be a whole number", lambda v: translate("Problems", "must be a whole number")),
    (
        r"must be between (?P<minimum>\S+) and (?P<maximum>\S+)",
        lambda v: translate("Problems", "must be between {minimum} and {maximum}").format(**v),
    ),
    (r"must be true or false", lambda v: translate("Problems", "must be true or false")),
    (
        r"must be an http or https URL",
        lambda v: translate("Problems", "must be an http or https URL"),
    ),
    (
        r"must be a table of provider = url",
        lambda v: translate("Problems", "must be a table of provider = url"),
    ),
    (r"unknown provider", lambda v: translate("Problems", "unknown provider")),
    (
        r"(?P<value>.*) is not a three-letter currency code",
        lambda v: translate("Problems", "{value} is not a three-letter currency code").format(**v),
    ),
    (
        r"must be a list of currency codes",
        lambda v: translate("Problems", "must be a list of currency codes"),
    ),
    (
        r"(?P<value>.*) is not a pair like 'USD/UZS'",
        lambda v: translate("Problems", "{value} is not a pair like 'USD/UZS'").format(**v),
    ),
    (
        r"must be a list of \[\[feeds\]\] tables",
        lambda v: translate("Problems", "must be a list of [[feeds]] tables"),
    ),
    (
        r"must be a table with a url",
        lambda v: translate("Problems", "must be a table with a url"),
    ),
    (
        r"missing, the feed is ignored",
        lambda v: translate("Problems", "missing, the feed is ignored"),
    ),
]
# What config.py uses instead of a wrong value (as config_writer._FALLBACK finds it).
_FALLBACK = r"[,;] (?:using (?P<value>.*)|ignored)$"


def setting_problem(message: str) -> str:
    """One setting's problem (config.py's words; the settings writer reports them with their
    key) in the interface's language."""
    if interface_language() == "en":
        return message
    return _setting(message) or message


def _setting(message: str) -> str | None:
    fallback = re.search(_FALLBACK, message, re.DOTALL)
    core = message[: fallback.start()] if fallback else message
    said = _say(_SETTINGS, core)
    if said is None or fallback is None:
        return said
    if fallback["value"] is None:
        return said + translate("Problems", "; ignored")
    return said + translate("Problems", "; using {value}").format(value=fallback["value"])


def _setting_line(values: dict[str, str]) -> str | None:
    said = _setting(values["message"])
    if said is None:
        return None
    return f"{values['file']}: {values['key']}: {said}"


def _broken_file(values: dict[str, str]) -> str:
    text = translate(
        "Problems",
        "{file}: cannot read the configuration ({reason}); using defaults until it is "
        "corrected, and changing none of your subscriptions",
    ).format(file=values["file"], reason=values["reason"])
    if values["copy_failed"]:
        text += translate("Problems", "; it could not be copied aside ({reason})").format(
            reason=values["copy_failed"]
        )
    elif values["copy"]:
        text += translate("Problems", "; a copy of it is kept at {file}").format(
            file=values["copy"]
        )
    return text


_MESSAGES += [
    # store/db.py and store/recovery.py: the database cannot be opened or written
    (
        r"cannot open the database (?P<file>.+?): (?P<reason>.*)",
        lambda v: translate("Problems", "Cannot open the database {file}: {reason}").format(**v),
    ),
    (
        r"could not write to the database (?P<file>.+?): (?P<reason>.*)",
        lambda v: translate("Problems", "Could not write to the database {file}: {reason}").format(
            **v
        ),
    ),
    (
        r"cannot create the data folder (?P<folder>.+?): (?P<reason>.*)",
        lambda v: translate("Problems", "Cannot create the data folder {folder}: {reason}").format(
            **v
        ),
    ),
    (
        r"(?P<file>.+) was written by a newer Caravan \(schema (?P<version>\d+), this one knows "
        r"(?P<known>\d+)\); update Caravan or choose another --data-dir",
        lambda v: translate(
            "Problems",
            "{file} was written by a newer Caravan (schema {version}, this one knows {known}); "
            "update Caravan or choose another --data-dir",
        ).format(**v),
    ),
    (
        r"the database (?P<file>.+) is damaged and could not be rebuilt \((?P<reason>.*)\); it "
        r"was left as it is",
        lambda v: translate(
            "Problems",
            "The database {file} is damaged and could not be rebuilt ({reason}); it was left "
            "as it is",
        ).format(**v),
    ),
    (
        r"(?P<file>.+) is closed: nothing more can be saved",
        lambda v: translate("Problems", "{file} is closed: nothing more can be saved").format(**v),
    ),
    # oslayer/desktop.py: the menu entry and the start at login
    (
        r"cannot (?P<verb>write|remove|change) (?P<file>.+?): (?P<reason>.*)",
        lambda v: {
            "write": translate("Problems", "Cannot write {file}: {reason}"),
            "remove": translate("Problems", "Cannot remove {file}: {reason}"),
            "change": translate("Problems", "Cannot change {file}: {reason}"),
        }[v["verb"]].format(file=v["file"], reason=v["reason"]),
    ),
    (
        r"the applications menu entry is for Linux and the other XDG desktops; on Windows and "
        r"macOS, start Caravan from its bundle",
        lambda v: translate(
            "Problems",
            "The applications menu entry is for Linux and the other XDG desktops; on Windows "
            "and macOS, start Caravan from its bundle",
        ),
    ),
    # config.py's notice of a file it could not read, and config_writer.py's refusals
    (
        r"(?P<file>.+): cannot read the configuration \((?P<reason>.*)\); using defaults until "
        r"it is corrected, and changing none of your subscriptions"
        r"(?:; it could not be copied aside \((?P<copy_failed>.*)\)|; a copy of it is kept at "
        r"(?P<copy>.*))?",
        _broken_file,
    ),
    (
        r"(?P<file>.+) is not valid TOML \((?P<reason>.*)\), so the settings were not saved and "
        r"the file was left as it is\. Correct it in a text editor, or remove it to start from "
        r"the defaults\.",
        lambda v: translate(
            "Problems",
            "{file} is not valid TOML ({reason}), so the settings were not saved and the file "
            "was left as it is. Correct it in a text editor, or remove it to start from the "
            "defaults.",
        ).format(**v),
    ),
    (
        r"(?P<file>.+): (?P<name>\S+) is not a table like \[(?P=name)\], so (?P<key>\S+) cannot "
        r"be saved; correct the file in a text editor",
        lambda v: translate(
            "Problems",
            "{file}: {name} is not a table like [{name}], so {key} cannot be saved; correct "
            "the file in a text editor",
        ).format(**v),
    ),
    (
        r"cannot save (?P<file>.+): (?P<reason>.*); the file was left as it was",
        lambda v: translate(
            "Problems", "Cannot save {file}: {reason}; the file was left as it was"
        ).format(**v),
    ),
    (
        r"cannot save (?P<file>.+?): (?P<reason>.*)",
        lambda v: translate("Problems", "Cannot save {file}: {reason}").format(**v),
    ),
    (
        r"cannot read (?P<file>.+?): (?P<reason>.*)",
        lambda v: translate("Problems", "Cannot read {file}: {reason}").format(**v),
    ),
    # config.py's Problems: "{file}: {key}: {message}", the message known or not at all
    (r"(?P<file>.+?): (?P<key>[\w.\[\]]+): (?P<message>.+)", _setting_line),
]


def in_language(text: str) -> str:
    """``text`` (a problem as the code words it in English) in the interface's language;
    as it is in English, or when no pattern knows it."""
    if interface_language() == "en":
        return text
    return _say(_MESSAGES, text) or text


def _say(table: list[tuple[str, _Say]], text: str) -> str | None:
    """The first pattern's wording that takes ``text``. The patterns are compiled when first
    needed, in English never (``re`` keeps them): an English start pays nothing here."""
    for pattern, say in table:
        match = re.fullmatch(pattern, text, re.DOTALL)
        if match is not None:
            said = say({name: value or "" for name, value in match.groupdict().items()})
            if said is not None:
                return said
    return None
