Feature: Clause 8.3 - preventive action
  The auditor checks that potential nonconformities lead to preventive actions under a documented procedure,
  evaluated, owned and done on time, with results and a review; that risks whose level rose have preventive
  action; and that preventive actions on risks above the acceptance threshold are of high priority.

  Background:
    Given these people:
      | id    | name         | jobTitle    | management |
      | P-CEO | Ada Lovelace | CEO         | true       |
      | P-OPS | Grace Hopper | Head of Ops | false      |

  Rule: 8.3.action - preventive actions are taken

    @8.3.action @conforming
    Scenario: A preventive action next to a corrective one
      Given these corrective and preventive actions:
        | id   | type       | source          | nonconformity                  |
        | CA-1 | corrective | incident        | Backups not tested             |
        | PA-1 | preventive | risk-assessment | Phishing could lead to a breach |
      When it is assessed on 2026-11-29
      Then there is no finding against 8.3.action

    @8.3.action @nonconforming
    Scenario: An action log of corrective actions only is a minor nonconformity (one missing step, not a breakdown of the ISMS)
      Given these corrective and preventive actions:
        | id   | type       | source   | nonconformity      |
        | CA-1 | corrective | incident | Backups not tested |
      When it is assessed on 2026-11-29
      Then the only finding against 8.3.action is a minor nonconformity about $.actions

    @8.3.action @nonconforming
    Scenario: An empty action log is a minor nonconformity against preventive action
      Given the snapshot lists no corrective and preventive actions
      When it is assessed on 2026-11-29
      Then the only finding against 8.3.action is a minor nonconformity about $.actions

  Rule: 8.3.a - a documented procedure, and each potential nonconformity identified

    @8.3.a @conforming
    Scenario: An issued preventive action procedure, and an action naming its potential nonconformity and source
      Given these documents:
        | id     | title                       | type                        | status |
        | DOC-PA | Preventive action procedure | preventive-action-procedure | issued |
      And these corrective and preventive actions:
        | id   | type       | source          | nonconformity                   |
        | PA-1 | preventive | risk-assessment | Phishing could lead to a breach |
      When it is assessed on 2026-11-29
      Then there is no finding against 8.3.a

    @8.3.a @nonconforming
    Scenario: No procedure in the register, and a preventive action that does not say where it was identified
      Given these documents:
        | id      | title                       | type   | status |
        | DOC-POL | Information security policy | policy | issued |
      And these corrective and preventive actions:
        | id   | type       | source          | nonconformity                   |
        | PA-1 | preventive |                 | Disk space could run out        |
        | PA-2 | preventive | risk-assessment | Phishing could lead to a breach |
        | CA-1 | corrective |                 |                                 |
      When it is assessed on 2026-11-29
      Then the findings against 8.3.a are:
        | kind                | subject     |
        | major nonconformity | $.documents |
        | minor nonconformity | PA-1        |
      And the finding against 8.3.a about PA-1 points at $.actions[0].source

    @8.3.a @nonconforming
    Scenario: No document register in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 8.3.a is a gap about $.documents

  Rule: 8.3.b - the need for preventive action is evaluated once work starts

    @8.3.b @conforming
    Scenario: An action under way with its evaluation, and a new one not yet evaluated
      Given these corrective and preventive actions:
        | id   | type       | status      | evaluation                         |
        | PA-1 | preventive | in-progress | Breach would expose customer data |
        | PA-2 | preventive | open        |                                    |
      When it is assessed on 2026-11-29
      Then there is no finding against 8.3.b

    @8.3.b @nonconforming
    Scenario: A completed preventive action without evaluation
      Given these corrective and preventive actions:
        | id   | type       | status | evaluation |
        | PA-1 | preventive | done   |            |
        | PA-2 | preventive | open   |            |
        | CA-1 | corrective | done   |            |
      When it is assessed on 2026-11-29
      Then the only finding against 8.3.b is a minor nonconformity about PA-1

  Rule: 8.3.c - the preventive action is determined, owned, and implemented by its due date

    @8.3.c @conforming
    Scenario: An owned action not yet due, and a cancelled one
      Given these corrective and preventive actions:
        | id   | type       | action               | owner | dueOn      | status    |
        | PA-1 | preventive | Phishing simulation  | P-OPS | 2027-02-01 | open      |
        | PA-2 | preventive |                      |       |            | cancelled |
      When it is assessed on 2026-11-29
      Then there is no finding against 8.3.c

    @8.3.c @nonconforming
    Scenario: An overdue action, one due soon, one without owner, and one done in time
      Given these corrective and preventive actions:
        | id   | type       | action              | owner | dueOn      | status      | closedOn   |
        | PA-1 | preventive | Phishing simulation | P-OPS | 2026-09-01 | open        |            |
        | PA-2 | preventive | Add disk monitoring | P-OPS | 2026-12-05 | in-progress |            |
        | PA-3 | preventive | Harden VPN          |       | 2027-01-10 | open        |            |
        | PA-4 | preventive | Renew certificates  | P-OPS | 2026-09-01 | done        | 2026-08-25 |
        | CA-1 | corrective | Restore test        | P-OPS | 2026-09-01 | open        |            |
      When it is assessed on 2026-11-29
      Then the findings against 8.3.c are:
        | kind                | subject |
        | minor nonconformity | PA-1    |
        | observation         | PA-2    |
        | minor nonconformity | PA-3    |
      And the finding against 8.3.c about PA-1 points at $.actions[0].dueOn

  Rule: 8.3.d and 8.3.e - the results of preventive actions are recorded and the actions reviewed

    @8.3.d @8.3.e @conforming
    Scenario: Completed actions with results and reviews; the ineffective one followed up
      Given these corrective and preventive actions:
        | id   | type       | status | closedOn   | result                   | reviewedOn | effective | sourceId |
        | PA-1 | preventive | done   | 2026-05-01 | Simulation run, 4% click | 2026-08-01 | true      |          |
        | PA-2 | preventive | done   | 2026-05-01 | Monitoring added         | 2026-08-01 | false     |          |
        | PA-3 | preventive | open   |            |                          |            |           | PA-2     |
      When it is assessed on 2026-11-29
      Then there is no finding against 8.3.d
      And there is no finding against 8.3.e

    @8.3.d @nonconforming
    Scenario: A completed preventive action without result
      Given these corrective and preventive actions:
        | id   | type       | status | closedOn   | result           |
        | PA-1 | preventive | done   | 2026-05-01 |                  |
        | PA-2 | preventive | done   | 2026-05-01 | Monitoring added |
        | PA-3 | preventive | open   |            |                  |
      When it is assessed on 2026-11-29
      Then the only finding against 8.3.d is a minor nonconformity about PA-1

    @8.3.e @nonconforming
    Scenario: An unreviewed preventive action, an ineffective one left there, and a review without outcome
      Given these corrective and preventive actions:
        | id   | type       | status | closedOn   | reviewedOn | effective |
        | PA-1 | preventive | done   | 2026-05-01 |            |           |
        | PA-2 | preventive | done   | 2026-05-01 | 2026-08-01 | false     |
        | PA-3 | preventive | done   | 2026-05-01 | 2026-08-01 |           |
        | PA-4 | preventive | done   | 2026-05-01 | 2026-08-01 | true      |
      When it is assessed on 2026-11-29
      Then the findings against 8.3.e are:
        | kind                | subject |
        | minor nonconformity | PA-1    |
        | minor nonconformity | PA-2    |
        | gap                 | PA-3    |

  Rule: 8.3.changed-risks - risks whose level rose get preventive action

    @8.3.changed-risks @conforming
    Scenario: The risk that rose has a preventive action; one that fell and a new one need none
      Given these risks:
        | id  | threat     | level | previousLevel |
        | R-1 | Ransomware | 12    | 6             |
        | R-2 | Theft      | 4     | 8             |
        | R-3 | Phishing   | 9     |               |
      And these corrective and preventive actions:
        | id   | type       | riskIds | status |
        | PA-1 | preventive | [R-1]   | open   |
      When it is assessed on 2026-11-29
      Then there is no finding against 8.3.changed-risks

    @8.3.changed-risks @nonconforming
    Scenario: Two risks rose, one with no action and one whose action was cancelled
      Given these risks:
        | id  | threat     | level | previousLevel |
        | R-1 | Ransomware | 12    | 6             |
        | R-2 | Theft      | 9     | 4             |
        | R-3 | Phishing   | 4     | 8             |
      And these corrective and preventive actions:
        | id   | type       | riskIds | status    |
        | PA-1 | preventive | [R-2]   | cancelled |
        | PA-9 | preventive | [R-3]   | open      |
      When it is assessed on 2026-11-29
      Then the findings against 8.3.changed-risks are:
        | kind                | subject |
        | minor nonconformity | R-1     |
        | minor nonconformity | R-2     |
      And the finding against 8.3.changed-risks about R-1 points at $.risks[0].level

    @8.3.changed-risks @nonconforming
    Scenario: With no preventive action at all, the risks that rose are not reported one by one
      Given these risks:
        | id  | threat     | level | previousLevel |
        | R-1 | Ransomware | 12    | 6             |
      And these corrective and preventive actions:
        | id   | type       |
        | CA-1 | corrective |
      When it is assessed on 2026-11-29
      Then the only finding against 8.3.action is a minor nonconformity about $.actions
      And there is no finding against 8.3.changed-risks

  Rule: 8.3.priority - preventive actions on risks above the acceptance threshold are of high priority

    Background:
      Given the risk methodology is:
        | id                  | RM-1 |
        | acceptanceThreshold | 8    |
      And these risks:
        | id  | threat     | level |
        | R-1 | Ransomware | 12    |
        | R-2 | Theft      | 4     |
        | R-3 | Fire       | 16    |

    @8.3.priority @conforming
    Scenario: High priority for the unacceptable risk, any priority for the acceptable one
      Given these corrective and preventive actions:
        | id   | type       | riskIds | priority |
        | PA-1 | preventive | [R-1]   | high     |
        | PA-2 | preventive | [R-2]   | low      |
      When it is assessed on 2026-11-29
      Then there is no finding against 8.3.priority

    @8.3.priority @nonconforming
    Scenario: Actions on unacceptable risks at medium or no priority, one finding per action
      Given these corrective and preventive actions:
        | id   | type       | riskIds    | priority |
        | PA-1 | preventive | [R-1, R-3] | medium   |
        | PA-2 | preventive | [R-2]      | low      |
        | PA-3 | preventive | [R-1]      |          |
        | PA-4 | preventive | [R-3]      | high     |
      When it is assessed on 2026-11-29
      Then the findings against 8.3.priority are:
        | kind                | subject |
        | minor nonconformity | PA-1    |
        | minor nonconformity | PA-3    |
      And the finding against 8.3.priority about PA-1 points at $.risks[2].level
