"""Link what the matcher found: kinds from context, parts to totals, fractions to percents,
mentions to documents, counts to the items they enumerate, figures to their period.

Everything here works on one article's matches, in normalised-text coordinates.
"""

from solieu.link.breakdowns import OPENER, link_breakdowns
from solieu.link.context import add_context, programmes_in
from solieu.link.documents import collect_documents
from solieu.link.enumerations import find_enumeration
from solieu.link.items import Breakdown, DocGroup, EnumerationItem, FigureItem, RatioItem
from solieu.link.kinds import kind_of
from solieu.link.names import names_after, titled_names
from solieu.link.ordinals import ordinals_after
from solieu.link.ratios import merge_ratios

__all__ = [
    "OPENER",
    "Breakdown",
    "DocGroup",
    "EnumerationItem",
    "FigureItem",
    "RatioItem",
    "add_context",
    "collect_documents",
    "find_enumeration",
    "kind_of",
    "link_breakdowns",
    "merge_ratios",
    "names_after",
    "ordinals_after",
    "programmes_in",
    "titled_names",
]
