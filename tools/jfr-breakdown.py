#!/usr/bin/env python3
"""Shares of JFR execution samples by phase of the Drools scoring path (see docs/performance.md).

usage: jfr print --json --stack-depth 512 --events jdk.ExecutionSample REC.jfr > samples.json
       tools/jfr-breakdown.py samples.json [SKIP_SECONDS]
SKIP_SECONDS leaves out the samples of the first seconds (start-up and JMH warm-up).
"""
import json
import sys
from collections import Counter
from datetime import datetime


def frames(event):
    for frame in event['values']['stackTrace']['frames']:
        method = frame['method']
        yield method['type']['name'].replace('/', '.') + '.' + method['name']


def phase(stack):
    """The one phase a sample belongs to, first match wins (the stack is leaf first)."""
    joined = '\n'.join(stack)
    def has(*names):
        return any(name in joined for name in names)
    if has('kz.etalon.engine.CityOutcome'):
        return 'result assembly (CityOutcome)'
    if has('kz.etalon.engine.SessionRun$1'):
        return 'rule-runtime listener (SessionRun)'
    if has('newStatelessKieSession', 'StatelessKnowledgeSessionImpl.newWorkingMemory',
           'StatefulKnowledgeSessionImpl.<init>', 'KnowledgeBaseImpl.newKieSession',
           'StatefulKnowledgeSessionImpl.dispose', 'StatelessKnowledgeSessionImpl.dispose'):
        return 'session creation and disposal'
    if has('InsertElementsCommand'):
        return 'fact insertion (insert command, alpha network)'
    if has('GetObjectsCommand'):
        return 'reading the facts back (getObjects)'
    if has('FireAllRulesCommand', 'fireAllRules'):
        if has('kz.etalon.engine.fact.ExactMean', 'Accumulate', 'CollectList'):
            return 'fire: accumulates (exactMean, collectList, count)'
        if has('Consequence'):
            return 'fire: right-hand sides (consequences, their inserts)'
        return 'fire: matching (Phreak network evaluation)'
    if has('kz.etalon.engine.StandardFacts', 'IndicatorDef.withValue'):
        return 'city facts built (StandardFacts.forCity)'
    return 'other (streams, JMH, JIT-compiled glue)'


def main():
    events = json.load(open(sys.argv[1]))['recording']['events']
    skip = float(sys.argv[2]) if len(sys.argv) > 2 else 0
    times = [datetime.fromisoformat(e['values']['startTime'][:26]) for e in events]
    start = min(times)
    kept = [e for e, t in zip(events, times) if (t - start).total_seconds() >= skip]
    phases = Counter()
    cross = Counter()
    truncated = 0
    for event in kept:
        stack = list(frames(event))
        truncated += event['values']['stackTrace']['truncated']
        phases[phase(stack)] += 1
        if stack and stack[0].startswith(('java.math.', )):
            cross['BigDecimal/BigInteger arithmetic (leaf frame in java.math)'] += 1
        if any(f == 'kz.etalon.engine.fact.Exact.divide' for f in stack):
            cross['  of it under Exact.divide (50-digit quotients)'] += 1
        if any(f.startswith('kz.etalon.engine.fact.ExactMean') for f in stack):
            cross['exactMean accumulate function (inclusive)'] += 1
        if any('CollectList' in f for f in stack):
            cross['collectList accumulate function (inclusive)'] += 1
        if any('PhreakAccumulateNode' in f or 'AccumulateNode' in f for f in stack):
            cross['accumulate nodes (inclusive)'] += 1
        if any('PropagationContext' in f and '<init>' in f for f in stack):
            cross['propagation contexts created (inclusive)'] += 1
    total = len(kept)
    print(f'{total} samples kept of {len(events)} ({truncated} with a truncated stack)')
    for name, count in phases.most_common():
        print(f'{100 * count / total:5.1f} %  {count:6d}  {name}')
    print('cross-cutting (a sample may count in several):')
    for name, count in sorted(cross.items()):
        print(f'{100 * count / total:5.1f} %  {count:6d}  {name}')


if __name__ == '__main__':
    main()
