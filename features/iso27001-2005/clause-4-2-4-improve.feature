Feature: Clause 4.2.4 - maintaining and improving the ISMS
  Identified improvements are implemented on time, corrective and preventive actions are carried out and
  apply the lessons learned from incidents, and completed improvements are communicated and checked for
  achieving what they were meant to.

  Background:
    Given these people:
      | id    | name         | jobTitle         | management |
      | P-CEO | Ada Lovelace | CEO              | true       |
      | P-ISM | Alan Turing  | Security manager | false      |
      | P-OPS | Grace Hopper | Head of Ops      | false      |

  Rule: 4.2.4.a - identified improvements are implemented

    @4.2.4.a @conforming
    Scenario: Improvements done, planned with owner and date, or cancelled
      Given these improvements:
        | id    | source            | description           | owner | dueOn      | status    | completedOn |
        | IMP-1 | internal-audit    | Central log server    | P-OPS | 2026-06-30 | done      | 2026-06-15  |
        | IMP-2 | management-review | Automate access review | P-ISM | 2027-03-01 | open      |             |
        | IMP-3 | monitoring        | Replace old IDS       | P-OPS | 2026-04-30 | cancelled |             |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.4.a

    @4.2.4.a @nonconforming
    Scenario: An overdue improvement, one due soon, one nobody owns, and one done on an unknown day
      Given these improvements:
        | id    | source            | description            | owner | dueOn      | status      | completedOn |
        | IMP-1 | internal-audit    | Central log server     | P-OPS | 2026-10-31 | open        |             |
        | IMP-2 | management-review | Automate access review | P-ISM | 2026-12-15 | in-progress |             |
        | IMP-3 | monitoring        | Tune SIEM rules        |       | 2027-05-01 | open        |             |
        | IMP-4 | incident          | Block macros           | P-OPS | 2026-05-31 | done        |             |
        | IMP-5 | objective         | MFA for webmail        | P-OPS | 2026-03-31 | done        | 2026-03-20  |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.4.a are:
        | kind                | subject |
        | minor nonconformity | IMP-1   |
        | observation         | IMP-2   |
        | minor nonconformity | IMP-3   |
        | gap                 | IMP-4   |
      And the finding against 4.2.4.a about IMP-3 points at $.improvements[2].owner

  Rule: 4.2.4.b - corrective and preventive actions are taken and apply lessons learned

    @4.2.4.b @conforming
    Scenario: Actions under way, and a serious incident's lessons taken up by a preventive action
      Given these corrective and preventive actions:
        | id   | type       | source     | sourceId | nonconformity            | raisedOn   | owner | status      |
        | CA-2 | corrective | monitoring |          | Backups failed silently  | 2026-04-01 | P-OPS | in-progress |
        | PA-1 | preventive | incident   | INC-1    | Staff may fall for phish | 2026-05-10 | P-ISM | open        |
      And these incidents:
        | id    | title           | severity | significant | status | lessonsLearned              |
        | INC-1 | Phishing e-mail | high     | false       | closed | Users do not report quickly |
        | INC-2 | Malware         | critical | true        | closed | Shares lack access control  |
        | INC-3 | Lost badge      | low      | false       | closed | Badges work as intended     |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.4.b

    @4.2.4.b @conforming
    Scenario: Actions raised this month still have time to start
      Given these corrective and preventive actions:
        | id   | type       | source     | nonconformity           | raisedOn   | owner | status |
        | CA-1 | corrective | monitoring | Backups failed silently | 2026-11-10 | P-OPS | open   |
        | PA-1 | preventive | other      | Certificate may expire  | 2026-11-20 | P-OPS | open   |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.4.b

    @4.2.4.b @nonconforming
    Scenario: Actions are raised but none has been started
      Given these corrective and preventive actions:
        | id   | type       | source     | nonconformity           | raisedOn   | owner | status    |
        | CA-1 | corrective | monitoring | Backups failed silently | 2026-06-01 | P-OPS | open      |
        | PA-1 | preventive | other      | Certificate may expire  | 2026-11-20 | P-OPS | open      |
        | CA-2 | corrective | complaint  | Duplicate of CA-1       | 2026-06-02 | P-OPS | cancelled |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.4.b is a major nonconformity about $.actions

    @4.2.4.b @nonconforming
    Scenario: Nothing follows from a serious incident
      Given these corrective and preventive actions:
        | id   | type       | source     | nonconformity           | raisedOn   | owner | status |
        | CA-9 | corrective | monitoring | Backups failed silently | 2026-02-01 | P-OPS | done   |
      And these incidents:
        | id    | title           | severity | significant | status | lessonsLearned              |
        | INC-1 | Phishing e-mail | high     | false       | closed | Users do not report quickly |
        | INC-2 | Malware         | critical | true        | closed | Shares lack access control  |
        | INC-3 | Lost laptop     | high     | false       | open   |                             |
        | INC-4 | Spam wave       | medium   | false       | closed | Filters work as intended    |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.4.b is an observation about INC-1
      And the finding against 4.2.4.b about INC-1 points at $.incidents[0].severity

  Rule: 4.2.4.c - completed improvements are communicated to interested parties

    @4.2.4.c @conforming
    Scenario: A completed improvement communicated to all staff; an open one not yet
      Given these improvements:
        | id    | source         | description        | owner | status | completedOn | communicatedOn | communicatedTo |
        | IMP-1 | internal-audit | Central log server | P-OPS | done   | 2026-06-15  | 2026-06-20     | All IT staff   |
        | IMP-2 | monitoring     | Tune SIEM rules    | P-ISM | open   |             |                |                |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.4.c

    @4.2.4.c @nonconforming
    Scenario: A completed improvement never communicated, and a communication to nobody on record
      Given these improvements:
        | id    | source         | description        | owner | status    | completedOn | communicatedOn | communicatedTo |
        | IMP-1 | internal-audit | Central log server | P-OPS | done      | 2026-06-15  |                |                |
        | IMP-2 | monitoring     | Tune SIEM rules    | P-ISM | done      | 2026-08-01  | 2026-08-05     |                |
        | IMP-3 | other          | Replace old IDS    | P-OPS | cancelled |             |                |                |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.4.c are:
        | kind                | subject |
        | minor nonconformity | IMP-1   |
        | gap                 | IMP-2   |

  Rule: 4.2.4.d - improvements are checked for achieving their objectives

    @4.2.4.d @conforming
    Scenario: Improvements checked, a recent one not yet due for a check, and a shortfall followed up
      Given these improvements:
        | id    | source         | sourceId | description        | owner | status | completedOn | effectivenessCheckedOn | achievedObjective |
        | IMP-1 | internal-audit |          | Central log server | P-OPS | done   | 2025-06-01  | 2025-12-01             | true              |
        | IMP-2 | monitoring     |          | Tune SIEM rules    | P-ISM | done   | 2026-09-01  |                        |                   |
        | IMP-3 | incident       |          | Block macros       | P-OPS | done   | 2025-03-01  | 2025-09-01             | false             |
        | IMP-4 | other          | IMP-3    | Sign macros        | P-OPS | open   |             |                        |                   |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.4.d

    @4.2.4.d @nonconforming
    Scenario: An old improvement never checked, a shortfall not followed up, and a check without outcome
      Given these improvements:
        | id    | source         | description        | owner | status | completedOn | effectivenessCheckedOn | achievedObjective |
        | IMP-1 | internal-audit | Central log server | P-OPS | done   | 2025-06-01  |                        |                   |
        | IMP-2 | incident       | Block macros       | P-OPS | done   | 2025-03-01  | 2025-09-01             | false             |
        | IMP-3 | monitoring     | Tune SIEM rules    | P-ISM | done   | 2025-04-01  | 2025-10-01             |                   |
        | IMP-4 | objective      | MFA for webmail    | P-OPS | done   | 2026-09-01  |                        |                   |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.4.d are:
        | kind                | subject |
        | minor nonconformity | IMP-1   |
        | minor nonconformity | IMP-2   |
        | gap                 | IMP-3   |
