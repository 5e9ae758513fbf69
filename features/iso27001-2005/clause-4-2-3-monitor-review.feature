Feature: Clause 4.2.3 - monitoring and reviewing the ISMS
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

  Rule: 4.2.3.a.1 - monitoring procedures are executed at the planned interval

    @4.2.3.a.1 @conforming
    Scenario: A documented monitoring procedure, last run six weeks ago
      Given these documents:
        | id      | title                | type                 | status |
        | DOC-MON | Security monitoring  | monitoring-procedure | issued |
      And these activities:
        | id        | kind       | performedOn | performedBy | periodFrom | periodTo   |
        | ACT-MON-1 | monitoring | 2026-06-01  | P-OPS       | 2026-05-01 | 2026-05-31 |
        | ACT-MON-2 | monitoring | 2026-10-15  | P-OPS       | 2026-09-15 | 2026-10-14 |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.a.1

    @4.2.3.a.1 @conforming
    Scenario: The organization's own monitoring interval is longer than the default
      Given the organization's own interval for monitoring is P6M
      And these activities:
        | id        | kind       | performedOn |
        | ACT-MON-1 | monitoring | 2026-07-31  |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.a.1

    @4.2.3.a.1 @nonconforming
    Scenario: No activities in the snapshot is one gap for all the activity-based checks of 4.2.3
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.a.1 is a gap about $.activities
      And there is no finding against 4.2.3.a.3
      And there is no finding against 4.2.3.b
      And there is no finding against 4.2.3.g
      And there is no finding against 4.2.3.h

    @4.2.3.a.1 @nonconforming
    Scenario: The last monitoring is four months old (the missing monitoring procedure is 4.3.1.g's)
      Given these documents:
        | id      | title       | type   | status |
        | DOC-POL | ISMS policy | policy | issued |
      And these activities:
        | id        | kind          | performedOn |
        | ACT-MON-1 | monitoring    | 2026-04-30  |
        | ACT-MON-2 | monitoring    | 2026-07-31  |
        | ACT-COM   | communication | 2026-11-01  |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.3.a.1 are:
        | kind                | subject     |
        | minor nonconformity | ACT-MON-2   |
      And the finding against 4.2.3.a.1 about ACT-MON-2 points at $.activities[1].performedOn

  Rule: 4.2.3.a.2 - monitoring identifies breaches and incidents

    @4.2.3.a.2 @conforming
    Scenario: Monitoring detected one of the incidents
      Given these activities:
        | id      | kind       | performedOn |
        | ACT-MON | monitoring | 2026-11-20  |
      And these incidents:
        | id    | title           | detectedBy  | status |
        | INC-1 | Brute force     | monitoring  | closed |
        | INC-2 | Phishing e-mail | user-report | closed |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.a.2

    @4.2.3.a.2 @nonconforming
    Scenario: Monitoring runs, but every incident was found by someone else
      Given these activities:
        | id      | kind       | performedOn |
        | ACT-MON | monitoring | 2026-11-20  |
      And these incidents:
        | id    | title           | detectedBy  | status |
        | INC-1 | Phishing e-mail | user-report | closed |
        | INC-2 | Data leak       | customer    | open   |
        | INC-3 | Odd log-in      |             | open   |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.a.2 is a minor nonconformity about $.incidents

    @4.2.3.a.2 @nonconforming
    Scenario: The incident log never says how an incident was detected
      Given these activities:
        | id      | kind       | performedOn |
        | ACT-MON | monitoring | 2026-11-20  |
      And these incidents:
        | id    | title           | status |
        | INC-1 | Phishing e-mail | closed |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.a.2 is a gap about $.incidents

    @4.2.3.a.2 @4.2.2.h @nonconforming
    Scenario: With no monitoring at all, the one finding is that no monitoring is in place
      Given these activities:
        | id      | kind          | performedOn |
        | ACT-COM | communication | 2026-11-01  |
      And these incidents:
        | id    | title           | detectedBy  | response       | status |
        | INC-1 | Phishing e-mail | user-report | Mailbox purged | closed |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.a.2
      And it has a major nonconformity against 4.2.2.h about $.activities

  Rule: 4.2.3.a.3 - management sees whether delegated security activities perform as expected

    @4.2.3.a.3 @conforming
    Scenario: The SOC provider reports to the CEO
      Given these activities:
        | id      | kind                      | performedOn | performedBy | reportedTo |
        | ACT-DEL | delegated-activity-report | 2026-10-05  | P-OPS       | P-CEO      |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.a.3

    @4.2.3.a.3 @nonconforming
    Scenario: No report on delegated activities is ever made
      Given these activities:
        | id      | kind       | performedOn |
        | ACT-MON | monitoring | 2026-11-20  |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.a.3 is a major nonconformity about $.activities

    @4.2.3.a.3 @nonconforming
    Scenario: Reports to someone outside management, or to nobody on record
      Given these activities:
        | id        | kind                      | performedOn | reportedTo |
        | ACT-DEL-1 | delegated-activity-report | 2026-07-05  | P-OPS      |
        | ACT-DEL-2 | delegated-activity-report | 2026-08-05  |            |
        | ACT-DEL-3 | delegated-activity-report | 2026-09-05  | P-CEO      |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.3.a.3 are:
        | kind                | subject   |
        | minor nonconformity | ACT-DEL-1 |
        | gap                 | ACT-DEL-2 |

  Rule: 4.2.3.a.4 - security indicators are defined and tracked

    @4.2.3.a.4 @conforming
    Scenario: An indicator measured, next to an effectiveness metric
      Given these metrics:
        | id    | name              | controlIds | method           | frequencyMonths | indicator |
        | M-IND | Failed log-ins    | [A.11.5.1] | SIEM count       | 1               | true      |
        | M-1   | Restore successes | [A.10.5.1] | Test restore     | 3               | false     |
      And these measurements:
        | id   | metricId | measuredOn | value | targetMet |
        | MS-1 | M-IND    | 2026-11-01 | "42"  | true      |
        | MS-2 | M-1      | 2026-10-01 | "1"   | true      |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.a.4

    @4.2.3.a.4 @nonconforming
    Scenario: Metrics, each stated not to be a security indicator
      Given these metrics:
        | id  | name              | controlIds | method       | frequencyMonths | indicator |
        | M-1 | Restore successes | [A.10.5.1] | Test restore | 3               | false     |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.a.4 is a major nonconformity about $.metrics

    @4.2.3.a.4 @nonconforming
    Scenario: Metrics that do not say whether they are indicators are a gap, not a major
      Given these metrics:
        | id  | name              | controlIds | method       | frequencyMonths |
        | M-1 | Restore successes | [A.10.5.1] | Test restore | 3               |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.a.4 is a gap about $.metrics

    @4.2.3.a.4 @nonconforming
    Scenario: An indicator that has never been measured
      Given these metrics:
        | id     | name           | method     | frequencyMonths | indicator |
        | M-IND  | Failed log-ins | SIEM count | 1               | true      |
        | M-IND2 | Malware hits   | AV console | 1               | true      |
      And these measurements:
        | id   | metricId | measuredOn | value | targetMet |
        | MS-1 | M-IND2   | 2026-11-01 | "3"   | true      |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.a.4 is a minor nonconformity about M-IND

  Rule: 4.2.3.a.5 - the resolution of each closed incident is evaluated

    @4.2.3.a.5 @conforming
    Scenario: Closed incidents evaluated; an open one not yet
      Given these incidents:
        | id    | title           | status | closedOn   | resolutionEvaluated |
        | INC-1 | Phishing e-mail | closed | 2026-05-02 | true                |
        | INC-2 | Lost laptop     | open   |            |                     |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.a.5

    @4.2.3.a.5 @nonconforming
    Scenario: A closed incident not evaluated, and one that does not say
      Given these incidents:
        | id    | title           | status | closedOn   | resolutionEvaluated |
        | INC-1 | Phishing e-mail | closed | 2026-05-02 | false               |
        | INC-2 | Malware         | closed | 2026-06-10 |                     |
        | INC-3 | Brute force     | closed | 2026-07-01 | true                |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.3.a.5 are:
        | kind                | subject |
        | minor nonconformity | INC-1   |
        | gap                 | INC-2   |

  Rule: 4.2.3.b - the effectiveness of the ISMS is reviewed regularly

    @4.2.3.b @conforming
    Scenario Outline: The effectiveness of the ISMS was reviewed this year <how>
      Given these activities:
        | id      | kind   | performedOn |
        | ACT-1   | <kind> | 2026-01-15  |
      And these management reviews:
        | id    | heldOn     | chairedBy | inputs   |
        | MR-26 | 2026-03-10 | P-CEO     | <inputs> |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.b

      Examples:
        | how                                          | kind                 | inputs                                  |
        | in an effectiveness review                   | effectiveness-review | [audit-results]                         |
        | by the management review of the measurements | monitoring           | [audit-results, effectiveness-results]  |

    @4.2.3.b @nonconforming
    Scenario: The effectiveness of the ISMS has never been reviewed
      Given these activities:
        | id      | kind       | performedOn |
        | ACT-MON | monitoring | 2026-11-20  |
      And these management reviews:
        | id    | heldOn     | chairedBy | inputs          |
        | MR-26 | 2026-03-10 | P-CEO     | [audit-results] |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.b is a major nonconformity about $.activities

    @4.2.3.b @nonconforming
    Scenario: The latest review of effectiveness, in a management review, is fourteen months old
      Given these activities:
        | id     | kind                 | performedOn |
        | ACT-ER | effectiveness-review | 2025-06-30  |
      And these management reviews:
        | id    | heldOn     | chairedBy | inputs                  |
        | MR-25 | 2025-09-01 | P-CEO     | [effectiveness-results] |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.b is a minor nonconformity about MR-25
      And the finding against 4.2.3.b about MR-25 points at $.managementReviews[0].heldOn

  Rule: 4.2.3.c - the effectiveness of controls is measured at the planned frequency

    @4.2.3.c @conforming
    Scenario: Each metric measured within its frequency, or within a year when it states none
      Given these metrics:
        | id  | name              | controlIds | method        | target | frequencyMonths |
        | M-1 | Restore successes | [A.10.5.1] | Test restore  | 100%   | 3               |
        | M-2 | Patch latency     | [A.12.6.1] | Patch report  | 14d    |                 |
      And these measurements:
        | id   | metricId | measuredOn | value  | targetMet |
        | MS-0 | M-1      | 2026-01-01 | "50%"  | false     |
        | MS-1 | M-1      | 2026-10-01 | "100%" | true      |
        | MS-2 | M-2      | 2026-01-10 | "12d"  | true      |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.c

    @4.2.3.c @nonconforming
    Scenario: Metrics defined but no measurements in the snapshot is a gap
      Given these metrics:
        | id  | name              | method       | frequencyMonths |
        | M-1 | Restore successes | Test restore | 3               |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.c is a gap about $.measurements

    @4.2.3.c @nonconforming
    Scenario: Metrics defined but nothing ever measured is one major nonconformity
      Given these metrics:
        | id  | name              | method       | frequencyMonths |
        | M-1 | Restore successes | Test restore | 3               |
        | M-2 | Patch latency     | Patch report | 1               |
      And the snapshot lists no measurements
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.c is a major nonconformity about $.measurements

    @4.2.3.c @nonconforming
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
      Then the findings against 4.2.3.c are:
        | kind                | subject |
        | minor nonconformity | M-1     |
        | minor nonconformity | M-2     |
        | observation         | MS-3    |
      And the finding against 4.2.3.c about M-1 points at $.measurements[0].measuredOn

  Rule: 4.2.3.d - the risk assessment is reviewed at planned intervals

    @4.2.3.d @conforming
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
      Then there is no finding against 4.2.3.d

      Examples:
        | how                                               | own | reviewedOn | activity   |
        | this year, as the methodology records             |     | 2026-02-01 |            |
        | this year, in a review activity                   |     | 2024-01-01 | 2026-05-01 |
        | within the methodology's own two-year interval    | 24  | 2025-03-01 |            |

    @4.2.3.d @nonconforming
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
      Then the only finding against 4.2.3.d is a minor nonconformity about ACT-RAR

    @4.2.3.d @nonconforming
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
      Then the only finding against 4.2.3.d is a major nonconformity about RM-1
      And the finding against 4.2.3.d about RM-1 points at $.riskMethodology.lastReviewedOn

    @4.2.3.d @nonconforming
    Scenario: Neither the methodology nor any activities show a review
      Given the risk methodology is:
        | id | RM-1 |
      And these risks:
        | id  | threat     | level | owner |
        | R-1 | Ransomware | 12    | P-ISM |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.d is a gap about RM-1

    @4.2.3.d @nonconforming
    Scenario: The methodology states the risk assessment was never reviewed (format 1.1): a breakdown even without activities
      Given the risk methodology is:
        | id             | RM-1  |
        | lastReviewedOn | never |
      And these risks:
        | id  | threat     | level | owner |
        | R-1 | Ransomware | 12    | P-ISM |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.d is a major nonconformity about RM-1
      And the finding against 4.2.3.d about RM-1 says "states that the risk assessment has never been reviewed"

  Rule: 4.2.3.e - internal audits keep to the planned interval

    @4.2.3.e @conforming
    Scenario: The last internal audit was ten months ago
      Given these internal audits:
        | id   | performedOn | auditor |
        | IA-0 | 2024-12-01  | P-ISM   |
        | IA-1 | 2026-02-01  | P-ISM   |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.e

    @4.2.3.e @conforming
    Scenario: The audit programme plans audits every two years
      Given the audit programme is:
        | id                    | AP-1 |
        | plannedIntervalMonths | 24   |
      And these internal audits:
        | id   | performedOn | auditor |
        | IA-1 | 2025-06-01  | P-ISM   |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.e

    @4.2.3.e @nonconforming
    Scenario: The last internal audit was fourteen months ago, and the next one is only planned
      Given these internal audits:
        | id   | plannedOn  | performedOn | auditor |
        | IA-0 | 2024-09-01 | 2024-09-15  | P-ISM   |
        | IA-1 | 2025-10-01 | 2025-10-01  | P-ISM   |
        | IA-2 | 2026-12-01 |             | P-ISM   |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.e is a minor nonconformity about IA-1

    @4.2.3.e @nonconforming
    Scenario: With no internal audit ever, the interval is not judged here (6.intervals reports it)
      Given the snapshot lists no internal audits
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.e

  Rule: 4.2.3.f - management reviews the ISMS on a regular basis over the certification cycle

    @4.2.3.f @conforming
    Scenario: Yearly reviews, one of them moved by some weeks
      Given these management reviews:
        | id    | heldOn     | chairedBy |
        | MR-24 | 2024-03-05 | P-CEO     |
        | MR-25 | 2025-04-20 | P-CEO     |
        | MR-26 | 2026-03-10 | P-CEO     |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.f

    @4.2.3.f @conforming
    Scenario: A long gap before the last three years is history
      Given these management reviews:
        | id    | heldOn     | chairedBy |
        | MR-20 | 2020-02-01 | P-CEO     |
        | MR-23 | 2023-01-15 | P-CEO     |
        | MR-24 | 2024-01-10 | P-CEO     |
        | MR-25 | 2025-01-12 | P-CEO     |
        | MR-26 | 2026-01-08 | P-CEO     |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.f

    @4.2.3.f @nonconforming
    Scenario: The latest review is recent, but the one before it came twenty months after its predecessor
      Given these management reviews:
        | id    | heldOn     | chairedBy |
        | MR-23 | 2023-12-10 | P-CEO     |
        | MR-25 | 2025-08-20 | P-CEO     |
        | MR-26 | 2026-06-15 | P-CEO     |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.3.f are:
        | kind                | subject |
        | minor nonconformity | MR-25   |
      And the finding against 4.2.3.f about MR-25 points at $.managementReviews[1].heldOn
      And the finding against 4.2.3.f about MR-25 says "619 days apart"
      And there is no finding against 7.1.planned

    @4.2.3.f @nonconforming
    Scenario: With no management review ever, nothing is judged here (7.1.planned reports it)
      Given the snapshot lists no management reviews
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.f

  Rule: 4.2.3.g - security plans are updated from monitoring and review findings

    @4.2.3.g @conforming
    Scenario: A plan update after the internal audit, naming it
      Given these internal audits:
        | id   | performedOn | auditor |
        | IA-1 | 2026-05-01  | P-ISM   |
      And these activities:
        | id      | kind                 | performedOn | subjectIds |
        | ACT-SPU | security-plan-update | 2026-05-20  | [IA-1]     |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.g

    @4.2.3.g @conforming
    Scenario: A treatment plan item that follows from the management review
      Given these management reviews:
        | id    | heldOn     | chairedBy |
        | MR-26 | 2026-03-10 | P-CEO     |
      And these treatment plan items:
        | id   | sourceIds | action           | owner | resources | priority | dueOn      | status |
        | TP-1 | [MR-26]   | Encrypt laptops  | P-OPS | 5 days    | high     | 2027-01-31 | open   |
      And the snapshot lists no activities
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.g

    @4.2.3.g @conforming
    Scenario: A management review last week leaves time to update the plans
      Given these management reviews:
        | id    | heldOn     | chairedBy |
        | MR-26 | 2026-11-20 | P-CEO     |
      And the snapshot lists no activities
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.g

    @4.2.3.g @nonconforming
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
      Then the only finding against 4.2.3.g is a major nonconformity about $.activities

    @4.2.3.g @nonconforming
    Scenario: A plan update that does not say what it follows from
      Given these internal audits:
        | id   | performedOn | auditor |
        | IA-1 | 2026-05-01  | P-ISM   |
      And these activities:
        | id        | kind                 | performedOn | subjectIds |
        | ACT-SPU-1 | security-plan-update | 2026-05-20  | [IA-1]     |
        | ACT-SPU-2 | security-plan-update | 2026-09-20  |            |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.g is a minor nonconformity about ACT-SPU-2

  Rule: 4.2.3.h - actions and events that could affect the ISMS are recorded

    @4.2.3.h @conforming
    Scenario Outline: The ISMS event log is kept <how>
      Given these documents:
        | id      | title   | type   | status |
        | <docId> | <title> | <type> | issued |
      And these activities:
        | id      | kind   | performedOn |
        | ACT-1   | <kind> | 2026-10-01  |
      And these changes:
        | id   | kind        | description             | recorded |
        | CH-1 | isms        | New risk owner for HR   | true     |
        | CH-2 | operational | Firewall rule added     | false    |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.3.h

      Examples:
        | how                 | docId   | title          | type            | kind           |
        | as activities       | DOC-POL | ISMS policy    | policy          | isms-event-log |
        | as a change log     | DOC-LOG | ISMS change log | isms-change-log | monitoring    |

    @4.2.3.h @nonconforming
    Scenario: Neither an event log activity nor a change log document
      Given these documents:
        | id      | title       | type   | status |
        | DOC-POL | ISMS policy | policy | issued |
      And these activities:
        | id      | kind       | performedOn |
        | ACT-MON | monitoring | 2026-11-20  |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.h is a major nonconformity about $.activities

    @4.2.3.h @nonconforming
    Scenario: A change to the ISMS that is missing from the log
      Given these documents:
        | id      | title           | type            | status |
        | DOC-LOG | ISMS change log | isms-change-log | issued |
      And these changes:
        | id   | kind | description               | implementedOn | recorded |
        | CH-1 | isms | Merged IT and security    | 2026-09-01    | false    |
        | CH-2 | isms | New risk owner for HR     | 2026-10-01    | true     |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.3.h is a minor nonconformity about CH-1
