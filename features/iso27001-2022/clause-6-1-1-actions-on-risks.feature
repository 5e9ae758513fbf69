Feature: Clause 6.1.1 - preventive action
  The auditor checks that potential nonconformities lead to preventive actions under a documented procedure,
  evaluated, owned and done on time, with results and a review; that risks whose level rose have preventive
  action; and that preventive actions on risks above the acceptance threshold are of high priority.

  Background:
    Given these people:
      | id    | name         | jobTitle    | management |
      | P-CEO | Ada Lovelace | CEO         | true       |
      | P-OPS | Grace Hopper | Head of Ops | false      |

  Rule: 6.1.1.d - preventive actions are taken

    @6.1.1.d @nonconforming
    Scenario: An action log of corrective actions only is a minor nonconformity (one missing step, not a breakdown of the ISMS)
      Given these corrective and preventive actions:
        | id   | type       | source   | nonconformity      |
        | CA-1 | corrective | incident | Backups not tested |
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.1.d is a minor nonconformity about $.actions

    @6.1.1.d @nonconforming
    Scenario: An empty action log is a minor nonconformity against preventive action
      Given the snapshot lists no corrective and preventive actions
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.1.d is a minor nonconformity about $.actions

  Rule: 6.1.1.b - a documented procedure, and each potential nonconformity identified

    @6.1.1.b @conforming
    Scenario: An issued preventive action procedure, and an action naming its potential nonconformity and source
      Given these documents:
        | id     | title                       | type                        | status |
        | DOC-PA | Preventive action procedure | preventive-action-procedure | issued |
      And these corrective and preventive actions:
        | id   | type       | source          | nonconformity                   |
        | PA-1 | preventive | risk-assessment | Phishing could lead to a breach |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.1.b

    @6.1.1.b @nonconforming
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
      Then the findings against 6.1.1.b are:
        | kind                | subject     |
        | major nonconformity | $.documents |
        | minor nonconformity | PA-1        |
      And the finding against 6.1.1.b about PA-1 points at $.actions[0].source

    @6.1.1.b @nonconforming
    Scenario: No document register in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.1.b is a gap about $.documents

  Rule: 6.1.1.d - the need for preventive action is evaluated once work starts

  Rule: 6.1.1.d - the preventive action is determined, owned, and implemented by its due date

    @6.1.1.d @conforming
    Scenario: An owned action not yet due, and a cancelled one
      Given these corrective and preventive actions:
        | id   | type       | action               | owner | dueOn      | status    |
        | PA-1 | preventive | Phishing simulation  | P-OPS | 2027-02-01 | open      |
        | PA-2 | preventive |                      |       |            | cancelled |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.1.d

  Rule: 6.1.1.e.1 and 6.1.1.e.2 - the results of preventive actions are recorded and the actions reviewed

    @6.1.1.e.1 @6.1.1.e.2 @conforming
    Scenario: Completed actions with results and reviews; the ineffective one followed up
      Given these corrective and preventive actions:
        | id   | type       | status | closedOn   | result                   | reviewedOn | effective | sourceId |
        | PA-1 | preventive | done   | 2026-05-01 | Simulation run, 4% click | 2026-08-01 | true      |          |
        | PA-2 | preventive | done   | 2026-05-01 | Monitoring added         | 2026-08-01 | false     |          |
        | PA-3 | preventive | open   |            |                          |            |           | PA-2     |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.1.e.1
      And there is no finding against 6.1.1.e.2

    @6.1.1.e.1 @nonconforming
    Scenario: A completed preventive action without result
      Given these corrective and preventive actions:
        | id   | type       | status | closedOn   | result           |
        | PA-1 | preventive | done   | 2026-05-01 |                  |
        | PA-2 | preventive | done   | 2026-05-01 | Monitoring added |
        | PA-3 | preventive | open   |            |                  |
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.1.e.1 is a minor nonconformity about PA-1

    @6.1.1.e.2 @nonconforming
    Scenario: An unreviewed preventive action, an ineffective one left there, and a review without outcome
      Given these corrective and preventive actions:
        | id   | type       | status | closedOn   | reviewedOn | effective |
        | PA-1 | preventive | done   | 2026-05-01 |            |           |
        | PA-2 | preventive | done   | 2026-05-01 | 2026-08-01 | false     |
        | PA-3 | preventive | done   | 2026-05-01 | 2026-08-01 |           |
        | PA-4 | preventive | done   | 2026-05-01 | 2026-08-01 | true      |
      When it is assessed on 2026-11-29
      Then the findings against 6.1.1.e.2 are:
        | kind                | subject |
        | minor nonconformity | PA-1    |
        | minor nonconformity | PA-2    |
        | gap                 | PA-3    |

  Rule: 6.1.1.b - risks whose level rose get preventive action

  Rule: 6.1.1.d - preventive actions on risks above the acceptance threshold are of high priority

    Background:
      Given the risk methodology is:
        | id                  | RM-1 |
        | acceptanceThreshold | 8    |
      And these risks:
        | id  | threat     | level |
        | R-1 | Ransomware | 12    |
        | R-2 | Theft      | 4     |
        | R-3 | Fire       | 16    |
