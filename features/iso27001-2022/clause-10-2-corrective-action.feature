Feature: Clause 10.2 - corrective action
  The auditor checks that every audit nonconformity and significant incident leads to a corrective action,
  under a documented procedure, with its cause and the need for it established, an owner and a due date kept,
  and, once done, a recorded result and a review of its effectiveness.

  Background:
    Given these people:
      | id    | name            | jobTitle         | management |
      | P-CEO | Ada Lovelace    | CEO              | true       |
      | P-AUD | Katherine Brown | Internal auditor | false      |
      | P-OPS | Grace Hopper    | Head of Ops      | false      |
    And these ISMS areas:
      | id     | name          | owner | importance |
      | AR-OPS | IT operations | P-OPS | high       |

  Rule: 10.2.c - nonconformities lead to corrective action

    @10.2.c @nonconforming
    Scenario: An empty action log while nonconformities wait is one major nonconformity
      Given these internal audits:
        | id   | performedOn | auditor | areaIds  |
        | IA-1 | 2026-06-01  | P-AUD   | [AR-OPS] |
      And internal audit IA-1 found:
        | id    | kind                | areaId |
        | IA1-1 | minor-nonconformity | AR-OPS |
        | IA1-2 | major-nonconformity | AR-OPS |
      And these incidents:
        | id    | title              | significant | status |
        | INC-1 | Ransomware on a PC | true        | closed |
      And the snapshot lists no corrective and preventive actions
      When it is assessed on 2026-11-29
      Then the only finding against 10.2.c is a major nonconformity about $.actions

    @10.2.c @conforming
    Scenario: Recurring phishing led to a corrective action; two malware incidents are not yet a pattern (format 1.1)
      Given these incidents:
        | id    | title            | category | detectedAt           | status | closedOn   |
        | INC-1 | Phishing mail    | phishing | 2026-02-03T09:00:00Z | closed | 2026-02-04 |
        | INC-2 | Phishing mail    | phishing | 2026-05-11T09:00:00Z | closed | 2026-05-12 |
        | INC-3 | Phishing mail    | phishing | 2026-09-20T09:00:00Z | closed | 2026-09-21 |
        | INC-4 | Malware on PC    | malware  | 2026-03-01T09:00:00Z | closed | 2026-03-02 |
        | INC-5 | Malware on PC    | malware  | 2026-10-01T09:00:00Z | closed | 2026-10-02 |
      And these corrective and preventive actions:
        | id   | type       | source   | sourceId | nonconformity          | raisedOn   | rootCause            | evaluation | action                         | owner | dueOn      | status      |
        | CA-1 | corrective | incident | INC-3    | Phishing keeps landing | 2026-09-22 | No mail filtering    | Needed     | Deploy filtering and training  | P-OPS | 2027-01-31 | in-progress |
      When it is assessed on 2026-11-29
      Then there is no finding against 10.2.c

    @10.2.c @nonconforming
    Scenario: Three lost laptops in a year, each closed on its own, and nothing done about the cause (format 1.1)
      Given these incidents:
        | id    | title       | category              | detectedAt           | status | closedOn   |
        | INC-0 | Lost laptop | lost-or-stolen-device | 2025-06-03T09:00:00Z | closed | 2025-06-04 |
        | INC-1 | Lost laptop | lost-or-stolen-device | 2026-01-10T09:00:00Z | closed | 2026-01-11 |
        | INC-2 | Lost phone  | lost-or-stolen-device | 2026-06-15T09:00:00Z | closed | 2026-06-16 |
        | INC-3 | Lost laptop | lost-or-stolen-device | 2026-11-02T09:00:00Z | closed | 2026-11-03 |
      And these corrective and preventive actions:
        | id   | type       | source   | sourceId | nonconformity | raisedOn   | rootCause | evaluation | action | owner | dueOn      | status |
      When it is assessed on 2026-11-29
      Then the findings against 10.2.c are:
        | kind                | subject |
        | minor nonconformity | INC-3   |
      And the finding against 10.2.c about INC-3 says "INC-1, INC-2, INC-3"

  Rule: 10.2.a.1 - a documented procedure, and each nonconformity identified

    @10.2.a.1 @conforming
    Scenario: An issued corrective action procedure, and an action naming its nonconformity and source
      Given these documents:
        | id     | title                       | type                        | status |
        | DOC-CA | Corrective action procedure | corrective-action-procedure | issued |
      And these corrective and preventive actions:
        | id   | type       | source   | sourceId | nonconformity                  |
        | CA-1 | corrective | incident | INC-1    | Backups not tested for a year |
      When it is assessed on 2026-11-29
      Then there is no finding against 10.2.a.1

    @10.2.a.1 @nonconforming
    Scenario: No procedure in the register, and corrective actions that do not say what they correct
      Given these documents:
        | id      | title                       | type   | status |
        | DOC-POL | Information security policy | policy | issued |
      And these corrective and preventive actions:
        | id   | type       | source     | nonconformity           |
        | CA-1 | corrective | incident   |                         |
        | CA-2 | corrective |            | Laptop not encrypted    |
        | CA-3 | corrective | monitoring | Log review skipped      |
        | PA-1 | preventive |            |                         |
      When it is assessed on 2026-11-29
      Then the findings against 10.2.a.1 are:
        | kind                | subject     |
        | major nonconformity | $.documents |
        | minor nonconformity | CA-1        |
        | minor nonconformity | CA-2        |
      And the finding against 10.2.a.1 about CA-2 points at $.actions[1].source

    @10.2.a.1 @nonconforming
    Scenario: No document register in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 10.2.a.1 is a gap about $.documents

  Rule: 10.2.b.2 and 10.2.b.1 - the cause is determined and the need for action evaluated once work starts

    @10.2.b.2 @10.2.b.1 @conforming
    Scenario: An action under way with its root cause and evaluation, and a new one not yet analysed
      Given these corrective and preventive actions:
        | id   | type       | status      | rootCause                 | evaluation                |
        | CA-1 | corrective | in-progress | No restore test scheduled | Recurrence would lose data |
        | CA-2 | corrective | open        |                           |                           |
      When it is assessed on 2026-11-29
      Then there is no finding against 10.2.b.2
      And there is no finding against 10.2.b.1

    @10.2.b.2 @10.2.b.1 @nonconforming
    Scenario: A completed action without root cause or evaluation
      Given these corrective and preventive actions:
        | id   | type       | status      | rootCause                 | evaluation                 |
        | CA-1 | corrective | done        |                           |                            |
        | CA-2 | corrective | in-progress | No restore test scheduled | Recurrence would lose data |
        | CA-3 | corrective | open        |                           |                            |
        | PA-1 | preventive | done        |                           | Trend in phishing reports  |
      When it is assessed on 2026-11-29
      Then the only finding against 10.2.b.2 is a minor nonconformity about CA-1
      And the only finding against 10.2.b.1 is a minor nonconformity about CA-1
      And the finding against 10.2.b.2 about CA-1 points at $.actions[0].rootCause

  Rule: 10.2.c - the action is determined, owned, and implemented by its due date

    @10.2.c @conforming
    Scenario: Owned actions with due dates, completed or not yet due, and a cancelled one
      Given these corrective and preventive actions:
        | id   | type       | action               | owner | dueOn      | status    | closedOn   |
        | CA-1 | corrective | Schedule restore tests | P-OPS | 2027-03-01 | open      |            |
        | CA-2 | corrective | Encrypt laptops      | P-OPS | 2026-09-01 | done      | 2026-08-20 |
        | CA-3 | corrective |                      |       |            | cancelled |            |
      When it is assessed on 2026-11-29
      Then there is no finding against 10.2.c

    @10.2.c @nonconforming
    Scenario: An overdue action, one due soon, one without owner and due date, one done without closing date
      Given these corrective and preventive actions:
        | id   | type       | action                 | owner | dueOn      | status      | closedOn   |
        | CA-1 | corrective | Schedule restore tests | P-OPS | 2026-10-01 | in-progress |            |
        | CA-2 | corrective | Encrypt laptops        | P-OPS | 2026-12-10 | open        |            |
        | CA-3 | corrective | Patch firewall         | P-OPS | 2026-10-01 | done        | 2026-09-30 |
        | CA-4 | corrective | Review firewall rules  |       |            | open        |            |
        | CA-5 | corrective | Rotate keys            | P-OPS | 2026-08-01 | done        |            |
        | PA-1 | preventive | Train staff            | P-OPS | 2026-10-01 | open        |            |
      When it is assessed on 2026-11-29
      Then the findings against 10.2.c are:
        | kind                | subject |
        | minor nonconformity | CA-1    |
        | observation         | CA-2    |
        | minor nonconformity | CA-4    |
        | gap                 | CA-5    |
      And the finding against 10.2.c about CA-1 points at $.actions[0].dueOn
      And the finding against 10.2.c about CA-4 points at $.actions[3].owner
      And the finding against 10.2.c about CA-4 points at $.actions[3].dueOn

  Rule: 10.2.g - the results of the actions taken are recorded

    @10.2.g @conforming
    Scenario: A completed action with its result, and one still under way
      Given these corrective and preventive actions:
        | id   | type       | status      | closedOn   | result                                 |
        | CA-1 | corrective | done        | 2026-08-20 | All 40 laptops encrypted, checked by MDM |
        | CA-2 | corrective | in-progress |            |                                        |
      When it is assessed on 2026-11-29
      Then there is no finding against 10.2.g

    @10.2.g @nonconforming
    Scenario: A completed action without result
      Given these corrective and preventive actions:
        | id   | type       | status | closedOn   | result                                   |
        | CA-1 | corrective | done   | 2026-08-20 |                                          |
        | CA-2 | corrective | done   | 2026-08-21 | All 40 laptops encrypted, checked by MDM |
      When it is assessed on 2026-11-29
      Then the only finding against 10.2.g is a minor nonconformity about CA-1

  Rule: 10.2.d - the corrective action taken is reviewed

    @10.2.d @conforming
    Scenario: Reviewed actions; the ineffective one followed up by a new action
      Given these corrective and preventive actions:
        | id   | type       | status | closedOn   | reviewedOn | effective | sourceId |
        | CA-1 | corrective | done   | 2026-05-01 | 2026-08-01 | true      |          |
        | CA-2 | corrective | done   | 2026-05-01 | 2026-08-01 | false     |          |
        | CA-3 | corrective | open   |            |            |           | CA-2     |
      When it is assessed on 2026-11-29
      Then there is no finding against 10.2.d

    @10.2.d @nonconforming
    Scenario: An unreviewed action, an ineffective one left there, and a review without outcome
      Given these corrective and preventive actions:
        | id   | type       | status | closedOn   | reviewedOn | effective |
        | CA-1 | corrective | done   | 2026-05-01 |            |           |
        | CA-2 | corrective | done   | 2026-05-01 | 2026-08-01 | false     |
        | CA-3 | corrective | done   | 2026-05-01 | 2026-08-01 |           |
        | CA-4 | corrective | done   | 2026-05-01 | 2026-08-01 | true      |
      When it is assessed on 2026-11-29
      Then the findings against 10.2.d are:
        | kind                | subject |
        | minor nonconformity | CA-1    |
        | minor nonconformity | CA-2    |
        | gap                 | CA-3    |

  Rule: 10.2.a.2 and 10.2.b.3 - consequences dealt with, similar nonconformities looked for (format 1.2)

    @10.2.a.2 @10.2.b.3 @conforming
    Scenario: Each action says how the consequences were handled; the analysed one says where else the cause was looked for
      Given these corrective and preventive actions:
        | id   | type       | status      | rootCause                 | consequences                           | similarNonconformities                     |
        | CA-1 | corrective | in-progress | No restore test scheduled | Lost files restored from the tape copy | Other backup jobs checked: none untested |
        | CA-2 | corrective | open        |                           | Affected laptop wiped and reissued     |                                            |
        | CA-3 | corrective | cancelled   |                           |                                        |                                            |
        | PA-1 | preventive | open        | Phishing trend            |                                        |                                            |
      When it is assessed on 2026-11-29
      Then there is no finding against 10.2.a.2
      And there is no finding against 10.2.b.3

    @10.2.a.2 @10.2.b.3 @nonconforming
    Scenario: An action silent on the consequences, and an analysed one that did not look for the same cause elsewhere
      Given these corrective and preventive actions:
        | id   | type       | status      | rootCause                 | consequences                           | similarNonconformities |
        | CA-1 | corrective | in-progress | No restore test scheduled | Lost files restored from the tape copy |                        |
        | CA-2 | corrective | open        |                           |                                        |                        |
      When it is assessed on 2026-11-29
      Then the only finding against 10.2.a.2 is a gap about CA-2
      And the finding against 10.2.a.2 about CA-2 points at $.actions[1].consequences
      And the only finding against 10.2.b.3 is a gap about CA-1
      And the finding against 10.2.b.3 about CA-1 says "No restore test scheduled"

  Rule: 10.2.e - the ISMS is changed where a corrective action needs it (format 1.2)

    @10.2.e @conforming
    Scenario: A completed action changed the backup procedure; another needed no change; one is still under way
      Given these documents:
        | id      | title            | type      | status |
        | DOC-BCK | Backup procedure | procedure | issued |
      And these corrective and preventive actions:
        | id   | type       | status      | closedOn   | ismsChangeNeeded | ismsChangeIds |
        | CA-1 | corrective | done        | 2026-08-20 | true             | [DOC-BCK]     |
        | CA-2 | corrective | done        | 2026-08-21 | false            |               |
        | CA-3 | corrective | in-progress |            |                  |               |
      When it is assessed on 2026-11-29
      Then there is no finding against 10.2.e

    @10.2.e @nonconforming
    Scenario: A completed action needed an ISMS change that is not traced; another does not say whether one was needed
      Given these corrective and preventive actions:
        | id   | type       | status | closedOn   | ismsChangeNeeded | ismsChangeIds |
        | CA-1 | corrective | done   | 2026-08-20 | true             |               |
        | CA-2 | corrective | done   | 2026-08-21 |                  |               |
      When it is assessed on 2026-11-29
      Then the findings against 10.2.e are:
        | kind                | subject |
        | minor nonconformity | CA-1    |
        | gap                 | CA-2    |
      And the finding against 10.2.e about CA-1 points at $.actions[0].ismsChangeIds

  Rule: 10.2.f - the nature of each nonconformity is recorded

    @10.2.f @conforming
    Scenario: Each nonconformity the audit found says what it was; an observation need not
      Given these internal audits:
        | id   | performedOn | auditor | areaIds  |
        | IA-1 | 2026-06-01  | P-AUD   | [AR-OPS] |
      And internal audit IA-1 found:
        | id    | kind                | areaId | description                                |
        | IA1-1 | minor-nonconformity | AR-OPS | Restore tests not done since January       |
        | IA1-2 | observation         | AR-OPS |                                            |
      When it is assessed on 2026-11-29
      Then there is no finding against 10.2.f

    @10.2.f @nonconforming
    Scenario: A major nonconformity recorded without saying what was found
      Given these internal audits:
        | id   | performedOn | auditor | areaIds  |
        | IA-1 | 2026-06-01  | P-AUD   | [AR-OPS] |
      And internal audit IA-1 found:
        | id    | kind                | areaId | description                          |
        | IA1-1 | minor-nonconformity | AR-OPS | Restore tests not done since January |
        | IA1-2 | major-nonconformity | AR-OPS |                                      |
      When it is assessed on 2026-11-29
      Then the only finding against 10.2.f is a minor nonconformity about IA1-2
      And the finding against 10.2.f about IA1-2 points at $.internalAudits[0].findings[1].description
