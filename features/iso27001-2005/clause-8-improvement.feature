Feature: Clause 8.1 - continual improvement
  The auditor checks that the ISMS is being improved, that each improvement is traced to where it came from
  (audits, reviews, incidents, monitoring, corrective actions...), that improvement goes on over time, and
  that opportunities for improvement found by audits are taken up.

  Background:
    Given these people:
      | id    | name            | jobTitle         | management |
      | P-AUD | Katherine Brown | Internal auditor | false      |
      | P-OPS | Grace Hopper    | Head of Ops      | false      |
    And these ISMS areas:
      | id     | name          | owner | importance |
      | AR-OPS | IT operations | P-OPS | high       |

  Rule: 8.1 - the ISMS is continually improved from its sources

    @8.1 @conforming
    Scenario: Improvements traced to an audit and a review, one still under way
      Given these improvements:
        | id    | source            | sourceId | description              | status      | completedOn |
        | IMP-1 | internal-audit    | IA-1     | Automate access reviews  | in-progress |             |
        | IMP-2 | management-review | MR-1     | Add a phishing indicator | done        | 2025-01-10  |
        | IMP-3 | other             |          | Staff suggestion box     | done        | 2025-02-10  |
      When it is assessed on 2026-11-29
      Then there is no finding against 8.1

    @8.1 @conforming
    Scenario: All improvements are done, the last within the 12-month effectiveness review period
      Given these improvements:
        | id    | source            | sourceId | description             | status | completedOn |
        | IMP-1 | internal-audit    | IA-1     | Automate access reviews | done   | 2026-02-01  |
        | IMP-2 | management-review | MR-1     | Add a phishing KPI      | done   | 2024-05-01  |
      When it is assessed on 2026-11-29
      Then there is no finding against 8.1

    @8.1 @nonconforming
    Scenario: No improvements in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 8.1 is a gap about $.improvements

    @8.1 @nonconforming
    Scenario: An empty list of improvements is one major nonconformity, and audit opportunities are not reported one by one
      Given these internal audits:
        | id   | performedOn | auditor | areaIds  |
        | IA-1 | 2026-06-01  | P-AUD   | [AR-OPS] |
      And internal audit IA-1 found:
        | id    | kind        | areaId | description             |
        | IA1-1 | opportunity | AR-OPS | Automate access reviews |
      And the snapshot lists no improvements
      When it is assessed on 2026-11-29
      Then the only finding against 8.1 is a major nonconformity about $.improvements

    @8.1 @nonconforming
    Scenario: Improvements without a source, or without the entry they come from
      Given these improvements:
        | id    | source            | sourceId | description              | status      |
        | IMP-1 |                   |          | Buy a SIEM               | open        |
        | IMP-2 | management-review |          | Add a phishing indicator | in-progress |
        | IMP-3 | other             |          | Staff suggestion box     | open        |
        | IMP-4 | incident          | INC-1    | Harden e-mail gateway    | open        |
      When it is assessed on 2026-11-29
      Then the findings against 8.1 are:
        | kind                | subject |
        | minor nonconformity | IMP-1   |
        | minor nonconformity | IMP-2   |
      And the finding against 8.1 about IMP-2 points at $.improvements[1].sourceId

    @8.1 @nonconforming
    Scenario: Improvement has stopped: nothing under way and nothing completed in the last 12 months
      Given these improvements:
        | id    | source            | sourceId | description              | status    | completedOn |
        | IMP-1 | internal-audit    | IA-1     | Automate access reviews  | done      | 2025-06-01  |
        | IMP-2 | management-review | MR-1     | Add a phishing indicator | cancelled |             |
      When it is assessed on 2026-11-29
      Then the only finding against 8.1 is a minor nonconformity about $.improvements

    @8.1 @nonconforming
    Scenario: An audit opportunity nobody took up, next to one taken up as an improvement and one as an action
      Given these internal audits:
        | id   | performedOn | auditor | areaIds  |
        | IA-1 | 2026-06-01  | P-AUD   | [AR-OPS] |
      And internal audit IA-1 found:
        | id    | kind        | areaId | description              | actionId |
        | IA1-1 | opportunity | AR-OPS | Automate access reviews  |          |
        | IA1-2 | opportunity | AR-OPS | Use a password manager   |          |
        | IA1-3 | opportunity | AR-OPS | Monitor disk space       | PA-1     |
        | IA1-4 | observation | AR-OPS | Visitor log incomplete   |          |
      And these corrective and preventive actions:
        | id   | type       | source         | sourceId |
        | PA-1 | preventive | internal-audit | IA-1     |
      And these improvements:
        | id    | source         | sourceId | description            | status |
        | IMP-1 | internal-audit | IA1-2    | Roll out a password manager | open   |
      When it is assessed on 2026-11-29
      Then the only finding against 8.1 is an observation about IA1-1
