"""Missing values: one convention for every table.

A value that is not there (a quote without a speaker or a cue, a unit no
actor speaks, a document without a title or a date, an actor without a
country code) is pandas' missing value, ``NaN``, in memory: never an empty
string, never ``None``. In a CSV file it is an empty cell, and
:func:`discourse.read_analysis` reads an empty cell back as ``NaN``, so a
table written and read back equals the one in memory. Text columns have
pandas' ``str`` dtype, with or without missing values.

Test for a missing value with ``isna()`` / ``notna()`` (``dropna()`` drops
it, ``count()`` skips it, ``groupby`` leaves it out), not with ``== ""``.
Numbers that are undefined (the interval of a single unit, a rate over no
words) are ``NaN`` too; flags (``negated``, ``closed``) are never missing.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype

__all__ = ["missing_as_na"]


def _is_text(column: pd.Series) -> bool:
    if isinstance(column.dtype, pd.StringDtype):
        return True
    if column.dtype != object or column.empty:
        return False
    return infer_dtype(column, skipna=True) in ("string", "empty")     # in C: no Python call per cell


def missing_as_na(frame: pd.DataFrame) -> pd.DataFrame:
    """The same table with every empty or ``None`` text value as ``NaN`` and text columns as ``str``.

    A text column is one whose values are all strings or missing (a column
    of only missing values counts as text). The input is not changed.

    Parameters
    ----------
    frame : DataFrame

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> import pandas as pd
    >>> quotes = pd.DataFrame({"speaker": ["Rob Bauer", ""], "actor": ["NATO", None], "start": [3, 9]})
    >>> tidy = missing_as_na(quotes)
    >>> tidy.isna().sum().tolist(), str(tidy["actor"].dtype)
    ([1, 1, 0], 'str')
    """
    out = frame.copy()
    for name in frame.columns:
        column = frame[name]
        if _is_text(column):
            text = column.astype("str")
            out[name] = text.mask(text.eq(""), np.nan)
    return out
