#!/usr/bin/env python3
"""Shares of a search's CPU samples by what they were doing, from a JFR recording of the search benchmark.

Usage: jfr print --stack-depth 250 --events jdk.ExecutionSample F.jfr | src/bench/search-profile.py
(record with BENCH_SERVER_OPTS="... -XX:FlightRecorderOptions:stackdepth=1024
-XX:StartFlightRecording=filename=F.jfr,settings=profile"). A sample counts for searches when one of its frames is
SearchResource.search; it goes to the first bucket below whose frames it passes (the order matters: the facets'
work happens inside IndexSearcher.search's collection too). Samples of the request threads outside a search
(suggestions, HTTP, RESTEasy) are counted apart.
"""
import re
import sys

BUCKETS = [
    ("facets: global ordinals built for the keyword facets (GlobalOrdinals, once per set of segments)",
     ["GlobalOrdinals.build"]),
    ("facets: keyword values counted per hit (FacetCountingQuery)", ["FacetCountingQuery"]),
    ("facets: global ordinals of a text facet (MultiDocValues/OrdinalMap)",
     ["MultiDocValues.getSortedSetValues", "OrdinalMap"]),
    ("facets: counting text values", ["TextMultiValueFacetCounts"]),
    ("facets: counting numeric values", ["LongMultiValueFacetCounts"]),
    ("facets: other (collector, extraction)", ["aggregation.impl", "FacetsCollector"]),
    ("stored fields (projections)", ["StoredFields", "storedFields", "StoredFieldsReader"]),
    ("Lucene: matching, scoring, counting hits", ["IndexSearcher.search", "IndexSearcher.count"]),
    ("snippets", ["Snippets."]),
    ("the page's hits: database (texts' descriptions, footnotes' titles) and the rest of it",
     ["HibernateSearchIndex.hits"]),
    ("JSON", ["SearchResource.resultJson", "Highlights."]),
    ("building the query (parsing q, analysis, predicates)", ["HibernateSearchIndex.predicate", "SimpleQueryString",
                                                             "simpleQueryString", "Analyzer", "TokenStream"]),
    ("Hibernate Search's other query work (scope, plumbing)", ["LuceneSearchQuery", "SearchQuery"]),
]


def main():
    samples = []
    frames = None
    thread = ""
    for line in sys.stdin:
        s = line.strip()
        if s.startswith("jdk.ExecutionSample"):
            frames = []
            thread = ""
        elif frames is not None and s.startswith("sampledThread"):
            thread = s
        elif frames is not None and s.startswith("]"):
            samples.append((thread, frames))
            frames = None
        elif frames is not None and "line:" in s:
            frames.append(s)
    searches = [f for t, f in samples if any("SearchResource.search(" in x for x in f)]
    workers = [f for t, f in samples if "default task" in t and not any("SearchResource.search(" in x for x in f)]
    counts = {name: 0 for name, _ in BUCKETS}
    rest = 0
    for f in searches:
        for name, marks in BUCKETS:
            if any(m in x for x in f for m in marks):
                counts[name] += 1
                break
        else:
            rest += 1
    total = len(searches)
    print(f"samples: {len(samples)} in all, {total} under SearchResource.search, {len(workers)} other request-thread samples")
    for name, _ in BUCKETS:
        print(f"{counts[name] * 100.0 / max(total, 1):5.1f} %  {counts[name]:6d}  {name}")
    print(f"{rest * 100.0 / max(total, 1):5.1f} %  {rest:6d}  the rest (EJB/CDI interceptors, transaction, ORM session, RESTEasy)")


if __name__ == "__main__":
    main()
