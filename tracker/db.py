"""Bulk writes (PostgreSQL COPY where available, one-statement updates), batching, and vendor SQL in migrations."""

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime

from django.db import connections, models, router
from django.db.models import JSONField, Model
from django.db.models.lookups import Exact


def reserve_ids(models: Sequence[type[Model]], count: int) -> list[list[int | None]]:
    """`count` new ids for each model, from their tables' sequences in one query on PostgreSQL (in ascending
    order per model), for rows that bulk_insert writes next; None for each on other databases, where the
    insert itself numbers the rows."""
    connection = connections[router.db_for_write(models[0])]
    if connection.vendor != "postgresql":
        return [[None] * count for _ in models]
    branch = "SELECT %s, nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)"
    params = [value for i, model in enumerate(models) for value in (i, model._meta.db_table, model._meta.pk.column,
                                                                    count)]
    ids: list[list[int | None]] = [[] for _ in models]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join([branch] * len(models)), params)
        for i, pk in cursor.fetchall():
            ids[i].append(pk)
    return [sorted(group) for group in ids]


def bulk_insert(model: type[Model], objs: Sequence[Model]) -> Sequence[Model]:
    """Insert new rows and set their primary keys, like bulk_create.

    On PostgreSQL the ids are taken from the table's sequence in one query (unless the rows have ids from
    reserve_ids already) and the rows are streamed with COPY, which costs a fraction of a multi-row INSERT on
    both the client and the server (docs/performance.md). Callers set every
    value themselves: auto_now fields and save() are not involved, as with bulk_create.
    """
    if not objs:
        return objs
    # The real wrapper, not the thread-local proxy: field code reads it ~10 times per value.
    connection = connections[router.db_for_write(model)]
    if connection.vendor != "postgresql":
        return model.objects.bulk_create(objs)
    meta = model._meta
    fields = meta.concrete_fields
    if any(obj.pk is None for obj in objs):
        for obj, pk in zip(objs, reserve_ids([model], len(objs))[0], strict=True):
            obj.pk = pk
    plan = [(field.attname, type(field) in _PLAIN_FIELDS, field.get_db_prep_save) for field in fields]
    with connection.cursor() as cursor:
        columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
        with connection.wrap_database_errors, cursor.cursor.copy(
                f"COPY {connection.ops.quote_name(meta.db_table)} ({columns}) FROM STDIN") as copy:
            for obj in objs:
                copy.write_row([value if plain and _as_is(value) else prepare(value, connection)
                                for name, plain, prepare in plan for value in (getattr(obj, name),)])
    for obj in objs:
        obj._state.adding = False
        obj._state.db = connection.alias
    return objs


# Columns whose Django preparation returns a value of the right Python type unchanged (int, str, float, bool,
# None, an aware datetime on PostgreSQL): bulk_insert hands those values to psycopg as they are and calls the
# field's own code for everything else (JSON, a naive datetime, a lazy string). Exact classes only: a subclass
# may convert. Preparing every value through its field was a third of an import's row-writing cost.
_PLAIN_FIELDS = frozenset({
    models.AutoField, models.BigAutoField, models.SmallAutoField, models.IntegerField, models.BigIntegerField,
    models.SmallIntegerField, models.PositiveIntegerField, models.PositiveBigIntegerField,
    models.PositiveSmallIntegerField, models.CharField, models.TextField, models.BooleanField, models.FloatField,
    models.DateTimeField, models.ForeignKey, models.OneToOneField,
})
_AS_IS = frozenset({int, str, float, bool, type(None)})


def _as_is(value) -> bool:
    return type(value) in _AS_IS or (type(value) is datetime and value.tzinfo is not None)


def bulk_set(model: type[Model], objs: Sequence, fields: Sequence[str], **where) -> int:
    """Give each row its own values in one statement, like bulk_update; returns the rows changed. `objs` are
    model instances, or any objects with the fields' attributes (the primary key's too).

    `UPDATE t SET f = v.column2 FROM (VALUES (id, value), ...) AS v WHERE t.id = v.column1` on SQLite
    (UPDATE ... FROM since 3.33); on PostgreSQL the values come as one array per column (`FROM unnest(...)`),
    so a thousand rows are a handful of parameters, not thousands of placeholders for the driver to
    parse. Django's bulk_update writes a CASE per field instead, whose compilation costs several times
    the update on rows this small (docs/performance.md). `where` adds equality conditions
    (cluster_locked=False): rows that no longer match are left alone.
    """
    if not objs:
        return 0
    connection = connections[router.db_for_write(model)]
    meta = model._meta
    quote = connection.ops.quote_name
    table = quote(meta.db_table)
    columns = [meta.pk, *(meta.get_field(name) for name in fields)]
    conditions, extra = [], []
    for name, value in where.items():
        field = meta.get_field(name)
        conditions.append(f"{table}.{quote(field.column)} = %s")
        extra.append(field.get_db_prep_value(value, connection))
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            names = ", ".join(f"column{i}" for i in range(1, len(columns) + 1))
            typed = [f"CAST(v.column{i} AS {field.db_type(connection)})" for i, field in enumerate(columns, 1)]
            assignments = ", ".join(f"{quote(field.column)} = {value}" for field, value in zip(columns[1:], typed[1:],
                                                                                               strict=True))
            cursor.execute(
                f"UPDATE {table} SET {assignments} FROM unnest({', '.join(['%s::text[]'] * len(columns))}) AS v({names}) "
                f"WHERE {' AND '.join([f'{table}.{quote(meta.pk.column)} = {typed[0]}', *conditions])}",
                [[_as_text(field, getattr(obj, field.attname)) for obj in objs] for field in columns] + extra)
            return cursor.rowcount
        row = "(" + ", ".join("%s" for _ in columns) + ")"
        assignments = ", ".join(f"{quote(field.column)} = v.column{i}" for i, field in enumerate(columns[1:], 2))
        condition = " AND ".join([f"{table}.{quote(meta.pk.column)} = v.column1", *conditions])
        changed = 0
        for start in range(0, len(objs), 500):
            chunk = objs[start:start + 500]
            params = [field.get_db_prep_save(getattr(obj, field.attname), connection) for obj in chunk for field in columns]
            cursor.execute(f"UPDATE {table} SET {assignments} FROM (VALUES {', '.join([row] * len(chunk))}) AS v "
                           f"WHERE {condition}", params + extra)
            changed += cursor.rowcount
        return changed


def _as_text(field, value) -> str | None:
    """A value in the text form PostgreSQL casts back to the column's type."""
    if value is None:
        return None
    if isinstance(field, JSONField):
        return json.dumps(value, cls=field.encoder)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def insert_rows(model: type[Model], fields: Sequence[str], rows: Sequence[Sequence]) -> None:
    """Insert plain new rows, no ids wanted back: COPY on PostgreSQL, a multi-row INSERT per 500 rows
    elsewhere. For narrow index rows either costs a fraction of bulk_create, which prepares every
    value through a model instance. Values go in as given (ints and strings)."""
    if not rows:
        return
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with connection.wrap_database_errors, cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        row = "(" + ", ".join("%s" for _ in fields) + ")"
        for start in range(0, len(rows), 500):
            chunk = rows[start:start + 500]
            cursor.execute(f"INSERT INTO {table} ({columns}) VALUES {', '.join([row] * len(chunk))}",
                           [value for values in chunk for value in values])


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to `size` consecutive items (itertools.batched, Python 3.12, as lists)."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def vendor_sql(install: Callable[[str], list[str]], uninstall: Callable[[str], list[str]]):
    """A migration operation running the statement lists that `install(vendor)` / `uninstall(vendor)`
    give for the database at hand (triggers, functions, full-text tables)."""
    from django.db import migrations

    def forward(apps, schema_editor):
        for sql in install(schema_editor.connection.vendor):
            schema_editor.execute(sql, params=None)

    def backward(apps, schema_editor):
        for sql in uninstall(schema_editor.connection.vendor):
            schema_editor.execute(sql, params=None)

    return migrations.RunPython(forward, backward)


class IndexedBooleanExact(Exact):
    """`flag = 1` on SQLite where Django writes the bare column (`WHERE has_conflict`): SQLite uses an
    index only for the comparison, and scanned a million claims to count ?needs_review=true."""

    def as_sql(self, compiler, connection):
        if isinstance(self.rhs, bool) and connection.vendor == "sqlite":
            lhs_sql, params = self.process_lhs(compiler, connection)
            return f"{lhs_sql} = %s", (*params, self.rhs)
        return super().as_sql(compiler, connection)


def in_order(queryset, ids: Sequence[int]) -> list:
    """The rows of `queryset` with these ids, in the order of `ids` (one query; missing ids skipped): a
    page whose ids came from the table alone, read again with its joins."""
    rows = queryset.in_bulk(ids)
    return [rows[pk] for pk in ids if pk in rows]
