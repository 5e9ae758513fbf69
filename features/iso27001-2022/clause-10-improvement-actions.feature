Feature: Clause 10 - maintaining and improving the ISMS
  Identified improvements are implemented on time, corrective and preventive actions are carried out and
  apply the lessons learned from incidents, and completed improvements are communicated and checked for
  achieving what they were meant to.

  Background:
    Given these people:
      | id    | name         | jobTitle         | management |
      | P-CEO | Ada Lovelace | CEO              | true       |
      | P-ISM | Alan Turing  | Security manager | false      |
      | P-OPS | Grace Hopper | Head of Ops      | false      |

  Rule: 10.1 - identified improvements are implemented

  Rule: 10.2.c - corrective and preventive actions are taken and apply lessons learned

  Rule: 7.4.a - completed improvements are communicated to interested parties

    Background:
      Given these communication plan entries:
        | id    | topic                   | timing             | audiences   | channel  | owner |
        | COM-1 | Completed improvements  | when one is done   | [all staff] | intranet | P-ISM |

    @7.4.a @conforming
    Scenario: A completed improvement communicated to all staff; an open one not yet
      Given these improvements:
        | id    | source         | description        | owner | status | completedOn | communicatedOn | communicatedTo |
        | IMP-1 | internal-audit | Central log server | P-OPS | done   | 2026-06-15  | 2026-06-20     | All IT staff   |
        | IMP-2 | monitoring     | Tune SIEM rules    | P-ISM | open   |             |                |                |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.4.a

    @7.4.a @nonconforming
    Scenario: A completed improvement never communicated, and a communication to nobody on record
      Given these improvements:
        | id    | source         | description        | owner | status    | completedOn | communicatedOn | communicatedTo |
        | IMP-1 | internal-audit | Central log server | P-OPS | done      | 2026-06-15  |                |                |
        | IMP-2 | monitoring     | Tune SIEM rules    | P-ISM | done      | 2026-08-01  | 2026-08-05     |                |
        | IMP-3 | other          | Replace old IDS    | P-OPS | cancelled |             |                |                |
      When it is assessed on 2026-11-29
      Then the findings against 7.4.a are:
        | kind                | subject |
        | minor nonconformity | IMP-1   |
        | gap                 | IMP-2   |

  Rule: 10.2.d - improvements are checked for achieving their objectives

    @10.2.d @conforming
    Scenario: Improvements checked, a recent one not yet due for a check, and a shortfall followed up
      Given these improvements:
        | id    | source         | sourceId | description        | owner | status | completedOn | effectivenessCheckedOn | achievedObjective |
        | IMP-1 | internal-audit |          | Central log server | P-OPS | done   | 2025-06-01  | 2025-12-01             | true              |
        | IMP-2 | monitoring     |          | Tune SIEM rules    | P-ISM | done   | 2026-09-01  |                        |                   |
        | IMP-3 | incident       |          | Block macros       | P-OPS | done   | 2025-03-01  | 2025-09-01             | false             |
        | IMP-4 | other          | IMP-3    | Sign macros        | P-OPS | open   |             |                        |                   |
      When it is assessed on 2026-11-29
      Then there is no finding against 10.2.d

    @10.2.d @nonconforming
    Scenario: An old improvement never checked, a shortfall not followed up, and a check without outcome
      Given these improvements:
        | id    | source         | description        | owner | status | completedOn | effectivenessCheckedOn | achievedObjective |
        | IMP-1 | internal-audit | Central log server | P-OPS | done   | 2025-06-01  |                        |                   |
        | IMP-2 | incident       | Block macros       | P-OPS | done   | 2025-03-01  | 2025-09-01             | false             |
        | IMP-3 | monitoring     | Tune SIEM rules    | P-ISM | done   | 2025-04-01  | 2025-10-01             |                   |
        | IMP-4 | objective      | MFA for webmail    | P-OPS | done   | 2026-09-01  |                        |                   |
      When it is assessed on 2026-11-29
      Then the findings against 10.2.d are:
        | kind                | subject |
        | minor nonconformity | IMP-1   |
        | minor nonconformity | IMP-2   |
        | gap                 | IMP-3   |
