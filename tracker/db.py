"""Bulk writes: PostgreSQL COPY where available, Django's bulk_create elsewhere."""

from collections.abc import Sequence

from django.db import connections, router
from django.db.models import Model


def bulk_insert(model: type[Model], objs: Sequence[Model]) -> Sequence[Model]:
    """Insert new rows and set their primary keys, like bulk_create.

    On PostgreSQL the ids are taken from the table's sequence in one query and the
    rows are streamed with COPY, which costs a fraction of a multi-row INSERT on
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
    with connection.cursor() as cursor:
        cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                       [meta.db_table, meta.pk.column, len(objs)])
        for obj, (pk,) in zip(objs, cursor.fetchall(), strict=True):
            obj.pk = pk
        columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
        with cursor.cursor.copy(f"COPY {connection.ops.quote_name(meta.db_table)} ({columns}) FROM STDIN") as copy:
            for obj in objs:
                copy.write_row([field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields])
    for obj in objs:
        obj._state.adding = False
        obj._state.db = connection.alias
    return objs
