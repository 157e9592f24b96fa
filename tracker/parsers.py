"""The API's JSON parser: only text that can be stored."""

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


class StrictJSONParser(JSONParser):
    """JSON whose strings are text: a lone surrogate ("\\ud800", which JSON allows but UTF-8 cannot
    encode, nor any database store) or a NUL is refused with 400 rather than failing at the database."""

    def parse(self, stream, media_type=None, parser_context=None):
        data = super().parse(stream, media_type, parser_context)
        for text in _strings(data):
            if "\x00" in text:
                raise ParseError("JSON parse error - a NUL character (\\u0000) is not text.")
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise ParseError(f"JSON parse error - a lone surrogate ({text[exc.start]!a}) is not text.") from None
        return data
