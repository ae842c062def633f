"""Values read from text, compared and written back: whether two are the same figure, and a value in a locale's
style. Split from `numbers` (which reads them) in round sixty-nine; `numbers` re-exports both."""

from __future__ import annotations

import math


def same_number(a: float, b: float) -> bool:
    """Whether a and b are the same figure: equal to one part in a million, and for fractions below one
    also when one is the other rounded ('two-thirds' and 0.67 or 0.667) or within 0.5%.
    """
    if math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12):
        return True
    if max(abs(a), abs(b)) >= 1 or a * b <= 0:
        return False
    if math.isclose(a, b, rel_tol=0.005):
        return True
    for x, y in ((a, b), (b, a)):
        decimals = len(repr(y).split(".")[-1]) if "e" not in repr(y) else 0
        if 2 <= decimals <= 4 and round(x, decimals) == y:
            return True
    return False


_STYLES = {"en": (",", "."), "de": (".", ","), "fr": ("\u202f", ","), "ar": ("٬", "٫"), "plain": ("", ".")}
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def render(value: float, style: str) -> str:
    """value written the way a locale writes it: 'en' 11,000.5, 'de' 11.000,5, 'fr' 11 000,5 (narrow
    no-break space), 'ar' ١١٬٠٠٠٫٥, 'plain' 11000.5; with as few decimals as show the value exactly
    (at most six). Raises ValueError for another style or a value that is not finite.
    """
    if style not in _STYLES or not math.isfinite(value):
        raise ValueError(f"cannot render {value!r} in style {style!r}; styles: {', '.join(_STYLES)}")
    group, point = _STYLES[style]
    decimals = next((d for d in range(7) if float(f"{value:.{d}f}") == value), 6)
    whole, _, fraction = f"{abs(value):.{decimals}f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", group)
    out = ("-" if value < 0 and float(f"{value:.{decimals}f}") != 0 else "") + grouped
    out += point + fraction if fraction else ""
    return out.translate(_ARABIC_INDIC) if style == "ar" else out
