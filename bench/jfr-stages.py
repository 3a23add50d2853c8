#!/usr/bin/env python3
"""Shares of a search profile's samples by stage of the pipeline (each sample counted under the
first stage, in this list's order, one of whose marker frames it holds), and of the scoring and
highlighting stages by their parts; all threads (request and segment threads).

usage: jfr print --stack-depth 300 --events jdk.ExecutionSample rec.jfr > rec.txt
       python3 bench/jfr-stages.py rec.txt
"""
import re,sys,collections
text=open(sys.argv[1]).read()
ev=text.split("jdk.ExecutionSample")[1:]
stages=[ # (name, marker) checked outermost-first order of list priority
 ("parse", "UserQueryParser.parse"),
 ("plan: forPassages", "UserQueryParser.forPassages"),
 ("plan: passageWords", "UserQueryParser.passageWords"),
 ("plan: loanwords", "UserQueryParser.loanwords"),
 ("plan: Snippets.plan", "Snippets.plan"),
 ("rewrite", "IndexSearcher.rewrite"),
 ("createWeight", "IndexSearcher.createWeight"),
 ("facet counts in segment", "FacetPostings."),
 ("scoring", "SegmentDrillSideways$Segment.search"),
 ("records", "RecordCodec.read"),
 ("highlight", "Snippets.highlight"),
 ("MissingWords", "MissingWords.of"),
 ("FacetCounter", "FacetCounter.count"),
 ("suggestion", "SearchService.suggestion"),
 ("searched/unmatched", "SearchService.searched"),
 ("QueryWords", "QueryWords.of"),
]
# The frames that split a stage's samples further, first match wins.
MARKERS={
    "scoring": ["IntervalQuery","PhraseQuery","ConceptTermsQuery","FeatureQuery","RepeatedTermClause","TermScorer","BooleanClauses.findPresent","ScoreSum","SegmentScores","BooleanClauses.conjunction","CompetitiveDocs","SelectionBits"],
    "highlight": ["HitMatcher$AllClauses","HitMatcher$ByWeight","MatchesUtils.forField","TermOccurrences","CountedMatches","Snippets$Plan","PassageWeights","SuspendedWords","PassageRarity","FieldHighlighter.highlightOffsetsEnums","LeanPassageScorer","SnippetFormatter"],
}
c=collections.Counter(); sub=collections.defaultdict(collections.Counter)
for e in ev:
    names=re.findall(r"^\s+([\w.$<>]+)\(", e, re.M)
    st="other"
    for name,m in stages:
        if any(m in f for f in names): st=name; break
    if st=="other":
        st="other:"+(names[-1].split('.')[-1] if names else '?')
    c[st]+=1
    if st in MARKERS:
        k=next((mk for mk in MARKERS[st] if any(mk in f for f in names)), None)
        if k is None: k="self:"+names[0].split('.')[-2]+'.'+names[0].split('.')[-1]
        sub[st][k]+=1
n=len(ev)
for k,v in c.most_common(): print(f"{100*v/n:5.1f}% {v:5d} {k}")
for s in sub:
    print("--",s)
    for k,v in sub[s].most_common(15): print(f"   {100*v/n:5.1f}% {v:5d} {k}")
