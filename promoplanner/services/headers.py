"""What a person said an unknown header word of their sheets means: asked once, remembered."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import DomainError
from promoplanner.core.fields import FIELDS_BY_NAME
from promoplanner.core.sheet import IGNORE, header_key
from promoplanner.services.context import Context
from promoplanner.services.write import writing
from promoplanner.storage import tables as t

# Words a script may use for the reference fields (as `items set` does).
ALIASES = {"floor": "floor_id", "department": "department_id", "buyer": "buyer_id"}


def parse_answers(pairs: list[str]) -> dict[str, str]:
    """WORD=FIELD pairs from the command line (WORD= leaves the column out)."""
    answers: dict[str, str] = {}
    for pair in pairs:
        word, sep, name = pair.partition("=")
        name = ALIASES.get(name.strip(), name.strip())
        if not sep or not word.strip() or (name and name not in FIELDS_BY_NAME):
            raise DomainError("sheet.bad_mapping", field="map", value=pair)
        answers[word.strip()] = name
    return answers


def remembered_headers(ctx: Context) -> dict[str, str]:
    """The signed-in person's answers: header word -> field ("" to leave the column out)."""
    if ctx.actor is None:
        return {}
    with ctx.uow.reading() as session:
        rows = session.execute(
            select(t.HeaderWordRow.word, t.HeaderWordRow.field).where(
                t.HeaderWordRow.person_id == ctx.actor.id
            )
        )
        return {r.word: r.field for r in rows}


def remember_headers(ctx: Context, answers: Mapping[str, str]) -> dict[str, str]:
    """Keep what the person said each header word means, for their next sheets."""
    cleaned = {}
    for word, name in answers.items():
        if name and name not in FIELDS_BY_NAME:
            raise DomainError("sheet.bad_mapping", field="map", value=f"{word}={name}")
        key = header_key(word)[:100]
        if key:
            cleaned[key] = name or IGNORE
    with writing(ctx) as work:
        person = work.person
        assert person is not None
        for word, name in cleaned.items():
            row = work.session.get(t.HeaderWordRow, (person.id, word))
            before = None if row is None else {"word": word, "field": row.field}
            if row is None:
                work.session.add(t.HeaderWordRow(person_id=person.id, word=word, field=name))
            else:
                row.field = name
            work.record(
                Action.UPDATE if before else Action.CREATE,
                ObjectRef(ObjectKind.PERSON, person.id, f"{person.name}: {word}"),
                before, {"word": word, "field": name},
            )  # fmt: skip
        work.changed(ChangeKind.PEOPLE, [person.id])
    return cleaned
