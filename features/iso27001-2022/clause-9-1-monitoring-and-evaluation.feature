Feature: Clause 9.1 - monitoring and reviewing the ISMS
  Monitoring runs at its planned interval and detects incidents, management sees how delegated activities
  perform, indicators are tracked, breach resolutions are evaluated; effectiveness, controls and the risk
  assessment are reviewed and measured, audits and management reviews keep to their intervals, plans are
  updated from the findings, and events affecting the ISMS are logged.

  Background:
    Given these people:
      | id    | name         | jobTitle         | management |
      | P-CEO | Ada Lovelace | CEO              | true       |
      | P-ISM | Alan Turing  | Security manager | false      |
      | P-OPS | Grace Hopper | Head of Ops      | false      |

  Rule: 9.1.a - monitoring procedures are executed at the planned interval

    @9.1.a @conforming
    Scenario: Monitoring ran last week and each metric says how it is measured
      Given these metrics:
        | id  | name              | method       | frequencyMonths |
        | M-1 | Restore successes | Test restore | 3               |
        | M-2 | Patch latency     | Patch report | 1               |
      And these activities:
        | id      | kind       | performedOn | performedBy |
        | ACT-MON | monitoring | 2026-11-20  | P-OPS       |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.1.a

    @9.1.a @nonconforming
    Scenario: A metric that does not say how it is measured
      Given these metrics:
        | id  | name              | method       | frequencyMonths |
        | M-1 | Restore successes | Test restore | 3               |
        | M-2 | Patch latency     |              | 1               |
      And these activities:
        | id      | kind       | performedOn | performedBy |
        | ACT-MON | monitoring | 2026-11-20  | P-OPS       |
      When it is assessed on 2026-11-29
      Then the only finding against 9.1.a is a minor nonconformity about M-2
      And the finding against 9.1.a about M-2 points at $.metrics[1].method

  Rule: 9.1.evaluate - monitoring identifies breaches and incidents

  Rule: 9.1.f - management sees whether delegated security activities perform as expected

    @9.1.f @conforming
    Scenario: The SOC provider reports to the CEO
      Given these activities:
        | id      | kind                      | performedOn | performedBy | reportedTo |
        | ACT-DEL | delegated-activity-report | 2026-10-05  | P-OPS       | P-CEO      |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.1.f

    @9.1.f @nonconforming
    Scenario: No report on delegated activities is ever made
      Given these activities:
        | id      | kind       | performedOn |
        | ACT-MON | monitoring | 2026-11-20  |
      When it is assessed on 2026-11-29
      Then the only finding against 9.1.f is a major nonconformity about $.activities

    @9.1.f @nonconforming
    Scenario: Reports to someone outside management, or to nobody on record
      Given these activities:
        | id        | kind                      | performedOn | reportedTo |
        | ACT-DEL-1 | delegated-activity-report | 2026-07-05  | P-OPS      |
        | ACT-DEL-2 | delegated-activity-report | 2026-08-05  |            |
        | ACT-DEL-3 | delegated-activity-report | 2026-09-05  | P-CEO      |
      When it is assessed on 2026-11-29
      Then the findings against 9.1.f are:
        | kind                | subject   |
        | minor nonconformity | ACT-DEL-1 |
        | gap                 | ACT-DEL-2 |

  Rule: 9.1.evaluate - security indicators are defined and tracked

    @9.1.evaluate @conforming
    Scenario: An indicator measured, next to an effectiveness metric
      Given these metrics:
        | id    | name              | controlIds | method           | frequencyMonths | indicator |
        | M-IND | Failed log-ins    | [A.8.5] | SIEM count       | 1               | true      |
        | M-1   | Restore successes | [A.8.13] | Test restore     | 3               | false     |
      And these measurements:
        | id   | metricId | measuredOn | value | targetMet |
        | MS-1 | M-IND    | 2026-11-01 | "42"  | true      |
        | MS-2 | M-1      | 2026-10-01 | "1"   | true      |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.1.evaluate

    @9.1.evaluate @nonconforming
    Scenario: Metrics, each stated not to be a security indicator
      Given these metrics:
        | id  | name              | controlIds | method       | frequencyMonths | indicator |
        | M-1 | Restore successes | [A.8.13] | Test restore | 3               | false     |
      When it is assessed on 2026-11-29
      Then the only finding against 9.1.evaluate is a major nonconformity about $.metrics

    @9.1.evaluate @nonconforming
    Scenario: Metrics that do not say whether they are indicators are a gap, not a major
      Given these metrics:
        | id  | name              | controlIds | method       | frequencyMonths |
        | M-1 | Restore successes | [A.8.13] | Test restore | 3               |
      When it is assessed on 2026-11-29
      Then the only finding against 9.1.evaluate is a gap about $.metrics

    @9.1.evaluate @nonconforming
    Scenario: An indicator that has never been measured
      Given these metrics:
        | id     | name           | method     | frequencyMonths | indicator |
        | M-IND  | Failed log-ins | SIEM count | 1               | true      |
        | M-IND2 | Malware hits   | AV console | 1               | true      |
      And these measurements:
        | id   | metricId | measuredOn | value | targetMet |
        | MS-1 | M-IND2   | 2026-11-01 | "3"   | true      |
      When it is assessed on 2026-11-29
      Then the only finding against 9.1.evaluate is a minor nonconformity about M-IND

  Rule: 10.2.d - the resolution of each closed incident is evaluated

    @10.2.d @conforming
    Scenario: Closed incidents evaluated; an open one not yet
      Given these incidents:
        | id    | title           | status | closedOn   | resolutionEvaluated |
        | INC-1 | Phishing e-mail | closed | 2026-05-02 | true                |
        | INC-2 | Lost laptop     | open   |            |                     |
      When it is assessed on 2026-11-29
      Then there is no finding against 10.2.d

    @10.2.d @nonconforming
    Scenario: A closed incident not evaluated, and one that does not say
      Given these incidents:
        | id    | title           | status | closedOn   | resolutionEvaluated |
        | INC-1 | Phishing e-mail | closed | 2026-05-02 | false               |
        | INC-2 | Malware         | closed | 2026-06-10 |                     |
        | INC-3 | Brute force     | closed | 2026-07-01 | true                |
      When it is assessed on 2026-11-29
      Then the findings against 10.2.d are:
        | kind                | subject |
        | minor nonconformity | INC-1   |
        | gap                 | INC-2   |

  Rule: 9.1.evaluate - the effectiveness of the ISMS is reviewed regularly

    @9.1.evaluate @conforming
    Scenario Outline: The effectiveness of the ISMS was reviewed this year <how>
      Given these activities:
        | id      | kind   | performedOn |
        | ACT-1   | <kind> | 2026-01-15  |
      And these management reviews:
        | id    | heldOn     | chairedBy | inputs   |
        | MR-26 | 2026-03-10 | P-CEO     | <inputs> |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.1.evaluate

      Examples:
        | how                                          | kind                 | inputs                                  |
        | in an effectiveness review                   | effectiveness-review | [audit-results]                         |
        | by the management review of the measurements | monitoring           | [audit-results, effectiveness-results]  |

    @9.1.evaluate @nonconforming
    Scenario: The effectiveness of the ISMS has never been reviewed
      Given these activities:
        | id      | kind       | performedOn |
        | ACT-MON | monitoring | 2026-11-20  |
      And these management reviews:
        | id    | heldOn     | chairedBy | inputs          |
        | MR-26 | 2026-03-10 | P-CEO     | [audit-results] |
      When it is assessed on 2026-11-29
      Then the only finding against 9.1.evaluate is a major nonconformity about $.activities

    @9.1.evaluate @nonconforming
    Scenario: The latest review of effectiveness, in a management review, is fourteen months old
      Given these activities:
        | id     | kind                 | performedOn |
        | ACT-ER | effectiveness-review | 2025-06-30  |
      And these management reviews:
        | id    | heldOn     | chairedBy | inputs                  |
        | MR-25 | 2025-09-01 | P-CEO     | [effectiveness-results] |
      When it is assessed on 2026-11-29
      Then the only finding against 9.1.evaluate is a minor nonconformity about MR-25
      And the finding against 9.1.evaluate about MR-25 points at $.managementReviews[0].heldOn

  Rule: 9.1.b - the effectiveness of controls is measured at the planned frequency

    @9.1.b @conforming
    Scenario: Each metric measured within its frequency, or within a year when it states none
      Given these metrics:
        | id  | name              | controlIds | method        | target | frequencyMonths |
        | M-1 | Restore successes | [A.8.13] | Test restore  | 100%   | 3               |
        | M-2 | Patch latency     | [A.8.8] | Patch report  | 14d    |                 |
      And these measurements:
        | id   | metricId | measuredOn | value  | targetMet |
        | MS-0 | M-1      | 2026-01-01 | "50%"  | false     |
        | MS-1 | M-1      | 2026-10-01 | "100%" | true      |
        | MS-2 | M-2      | 2026-01-10 | "12d"  | true      |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.1.b

    @9.1.b @nonconforming
    Scenario: Metrics defined but no measurements in the snapshot is a gap
      Given these metrics:
        | id  | name              | method       | frequencyMonths |
        | M-1 | Restore successes | Test restore | 3               |
      When it is assessed on 2026-11-29
      Then the only finding against 9.1.b is a gap about $.measurements

    @9.1.b @nonconforming
    Scenario: Metrics defined but nothing ever measured is one major nonconformity
      Given these metrics:
        | id  | name              | method       | frequencyMonths |
        | M-1 | Restore successes | Test restore | 3               |
        | M-2 | Patch latency     | Patch report | 1               |
      And the snapshot lists no measurements
      When it is assessed on 2026-11-29
      Then the only finding against 9.1.b is a major nonconformity about $.measurements

    @9.1.b @nonconforming
    Scenario: A metric overdue, one never measured, and a missed target nothing follows from (a review before it does not count)
      Given these metrics:
        | id    | name              | method         | target | frequencyMonths | indicator |
        | M-1   | Restore successes | Test restore   | 100%   | 3               |           |
        | M-2   | Patch latency     | Patch report   | 14d    | 1               |           |
        | M-3   | Training coverage | LMS report     | 95%    | 1               |           |
        | M-4   | Backup coverage   | Backup console | 100%   | 1               |           |
        | M-5   | Patch coverage    | Patch console  | 100%   | 1               |           |
        | M-IND | Failed log-ins    | SIEM count     |        | 1               | true      |
      And these measurements:
        | id   | metricId | measuredOn | value  | targetMet |
        | MS-1 | M-1      | 2026-07-01 | "100%" | true      |
        | MS-3 | M-3      | 2026-11-15 | "80%"  | false     |
        | MS-4 | M-4      | 2026-11-15 | "90%"  | false     |
        | MS-5 | M-5      | 2026-11-15 | "97%"  | false     |
      And these improvements:
        | id    | source      | sourceId | description          | owner | dueOn      | status |
        | IMP-1 | measurement | MS-4     | Back up the new NAS  | P-OPS | 2027-01-31 | open   |
      And these activities:
        | id     | kind                      | performedOn | subjectIds | reportedTo |
        | ACT-ER | effectiveness-review      | 2026-11-01  | [M-3]      |            |
        | ACT-DR | delegated-activity-report | 2026-11-20  | [M-5]      | P-CEO      |
      When it is assessed on 2026-11-29
      Then the findings against 9.1.b are:
        | kind                | subject |
        | minor nonconformity | M-1     |
        | minor nonconformity | M-2     |
        | observation         | MS-3    |
      And the finding against 9.1.b about M-1 points at $.measurements[0].measuredOn

  Rule: 8.2 - the risk assessment is reviewed at planned intervals

    @8.2 @conforming
    Scenario Outline: The risk assessment was reviewed <how>
      Given the risk methodology is:
        | id                   | RM-1         |
        | reviewIntervalMonths | <own>        |
        | lastReviewedOn       | <reviewedOn> |
      And these risks:
        | id  | threat     | level | owner |
        | R-1 | Ransomware | 12    | P-ISM |
      And these activities:
        | id      | kind                   | performedOn |
        | ACT-RAR | risk-assessment-review | <activity>  |
      When it is assessed on 2026-11-29
      Then there is no finding against 8.2

      Examples:
        | how                                               | own | reviewedOn | activity   |
        | this year, as the methodology records             |     | 2026-02-01 |            |
        | this year, in a review activity                   |     | 2024-01-01 | 2026-05-01 |
        | within the methodology's own two-year interval    | 24  | 2025-03-01 |            |

    @8.2 @nonconforming
    Scenario: The latest review of the risk assessment is fifteen months old
      Given the risk methodology is:
        | id             | RM-1       |
        | lastReviewedOn | 2025-06-01 |
      And these risks:
        | id  | threat     | level | owner |
        | R-1 | Ransomware | 12    | P-ISM |
      And these activities:
        | id      | kind                   | performedOn |
        | ACT-RAR | risk-assessment-review | 2025-08-01  |
      When it is assessed on 2026-11-29
      Then the only finding against 8.2 is a minor nonconformity about ACT-RAR

    @8.2 @nonconforming
    Scenario: The risk assessment has never been reviewed
      Given the risk methodology is:
        | id | RM-1 |
      And these risks:
        | id  | threat     | level | owner |
        | R-1 | Ransomware | 12    | P-ISM |
      And these activities:
        | id      | kind       | performedOn |
        | ACT-MON | monitoring | 2026-11-20  |
      When it is assessed on 2026-11-29
      Then the only finding against 8.2 is a major nonconformity about RM-1
      And the finding against 8.2 about RM-1 points at $.riskMethodology.lastReviewedOn

    @8.2 @nonconforming
    Scenario: Neither the methodology nor any activities show a review
      Given the risk methodology is:
        | id | RM-1 |
      And these risks:
        | id  | threat     | level | owner |
        | R-1 | Ransomware | 12    | P-ISM |
      When it is assessed on 2026-11-29
      Then the only finding against 8.2 is a gap about RM-1

    @8.2 @nonconforming
    Scenario: The methodology states the risk assessment was never reviewed (format 1.1): a breakdown even without activities
      Given the risk methodology is:
        | id             | RM-1  |
        | lastReviewedOn | never |
      And these risks:
        | id  | threat     | level | owner |
        | R-1 | Ransomware | 12    | P-ISM |
      When it is assessed on 2026-11-29
      Then the only finding against 8.2 is a major nonconformity about RM-1
      And the finding against 8.2 about RM-1 says "states that the risk assessment has never been reviewed"

  Rule: 9.2.2.programme - internal audits keep to the planned interval

  Rule: 9.3.1 - management reviews the ISMS on a regular basis over the certification cycle

    @9.3.1 @conforming
    Scenario: Yearly reviews, one of them moved by some weeks
      Given these management reviews:
        | id    | heldOn     | chairedBy |
        | MR-24 | 2024-03-05 | P-CEO     |
        | MR-25 | 2025-04-20 | P-CEO     |
        | MR-26 | 2026-03-10 | P-CEO     |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.3.1

    @9.3.1 @conforming
    Scenario: A long gap before the last three years is history
      Given these management reviews:
        | id    | heldOn     | chairedBy |
        | MR-20 | 2020-02-01 | P-CEO     |
        | MR-23 | 2023-01-15 | P-CEO     |
        | MR-24 | 2024-01-10 | P-CEO     |
        | MR-25 | 2025-01-12 | P-CEO     |
        | MR-26 | 2026-01-08 | P-CEO     |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.3.1

  Rule: 6.2.f - security plans are updated from monitoring and review findings

    @6.2.f @conforming
    Scenario: A plan update after the internal audit, naming it
      Given these internal audits:
        | id   | performedOn | auditor |
        | IA-1 | 2026-05-01  | P-ISM   |
      And these activities:
        | id      | kind                 | performedOn | subjectIds |
        | ACT-SPU | security-plan-update | 2026-05-20  | [IA-1]     |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.2.f

    @6.2.f @conforming
    Scenario: A treatment plan item that follows from the management review
      Given these management reviews:
        | id    | heldOn     | chairedBy |
        | MR-26 | 2026-03-10 | P-CEO     |
      And these treatment plan items:
        | id   | sourceIds | action           | owner | resources | priority | dueOn      | status |
        | TP-1 | [MR-26]   | Encrypt laptops  | P-OPS | 5 days    | high     | 2027-01-31 | open   |
      And the snapshot lists no activities
      When it is assessed on 2026-11-29
      Then there is no finding against 6.2.f

    @6.2.f @conforming
    Scenario: A management review last week leaves time to update the plans
      Given these management reviews:
        | id    | heldOn     | chairedBy |
        | MR-26 | 2026-11-20 | P-CEO     |
      And the snapshot lists no activities
      When it is assessed on 2026-11-29
      Then there is no finding against 6.2.f

    @6.2.f @nonconforming
    Scenario: Audits and reviews took place, but plans were never updated from them
      Given these risks:
        | id  | threat     | level | owner |
        | R-1 | Ransomware | 12    | P-ISM |
      And these internal audits:
        | id   | performedOn | auditor |
        | IA-1 | 2026-05-01  | P-ISM   |
      And these treatment plan items:
        | id   | riskIds | sourceIds | action       | owner | resources | priority | dueOn      | status |
        | TP-1 | [R-1]   | [R-1]     | Daily backup | P-OPS | NAS       | high     | 2027-01-31 | open   |
      And these activities:
        | id      | kind       | performedOn |
        | ACT-MON | monitoring | 2026-11-20  |
      When it is assessed on 2026-11-29
      Then the only finding against 6.2.f is a major nonconformity about $.activities

    @6.2.f @nonconforming
    Scenario: A plan update that does not say what it follows from
      Given these internal audits:
        | id   | performedOn | auditor |
        | IA-1 | 2026-05-01  | P-ISM   |
      And these activities:
        | id        | kind                 | performedOn | subjectIds |
        | ACT-SPU-1 | security-plan-update | 2026-05-20  | [IA-1]     |
        | ACT-SPU-2 | security-plan-update | 2026-09-20  |            |
      When it is assessed on 2026-11-29
      Then the only finding against 6.2.f is a minor nonconformity about ACT-SPU-2

  Rule: 9.1.documented - actions and events that could affect the ISMS are recorded

  Rule: 9.1.c, 9.1.d and 9.1.e - when each metric is measured, by whom, and when its results are analysed

    @9.1.c @9.1.d @9.1.e @conforming
    Scenario: Each metric says how often it is measured, who measures it and how often its results are analysed (format 1.2)
      Given these metrics:
        | id  | name              | method       | frequencyMonths | measuredBy | analysisIntervalMonths |
        | M-1 | Restore successes | Test restore | 3               | P-OPS      | 6                      |
        | M-2 | Patch latency     | Patch report | 1               | P-ISM      | 3                      |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.1.c
      And there is no finding against 9.1.d
      And there is no finding against 9.1.e

    @9.1.c @9.1.d @9.1.e @nonconforming
    Scenario: One metric states no frequency, one names no one to measure it, one has no analysis interval
      Given these metrics:
        | id  | name              | method         | frequencyMonths | measuredBy | analysisIntervalMonths |
        | M-1 | Restore successes | Test restore   |                 | P-OPS      | 6                      |
        | M-2 | Patch latency     | Patch report   | 1               |            | 3                      |
        | M-3 | Training coverage | LMS report     | 1               | P-ISM      |                        |
      When it is assessed on 2026-11-29
      Then the only finding against 9.1.c is a minor nonconformity about M-1
      And the finding against 9.1.c about M-1 points at $.metrics[0].frequencyMonths
      And the only finding against 9.1.d is a gap about M-2
      And the only finding against 9.1.e is a gap about M-3
      And the finding against 9.1.e about M-3 says "Training coverage"
