Feature: Clause 10.1 - continual improvement
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

  Rule: 10.1 - the ISMS is continually improved from its sources

    @10.1 @conforming
    Scenario: All improvements are done, the last within the 12-month effectiveness review period
      Given these improvements:
        | id    | source            | sourceId | description             | status | completedOn |
        | IMP-1 | internal-audit    | IA-1     | Automate access reviews | done   | 2026-02-01  |
        | IMP-2 | management-review | MR-1     | Add a phishing KPI      | done   | 2024-05-01  |
      When it is assessed on 2026-11-29
      Then there is no finding against 10.1

    @10.1 @nonconforming
    Scenario: No improvements in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 10.1 is a gap about $.improvements

    @10.1 @nonconforming
    Scenario: An empty list of improvements is one major nonconformity, and audit opportunities are not reported one by one
      Given these internal audits:
        | id   | performedOn | auditor | areaIds  |
        | IA-1 | 2026-06-01  | P-AUD   | [AR-OPS] |
      And internal audit IA-1 found:
        | id    | kind        | areaId | description             |
        | IA1-1 | opportunity | AR-OPS | Automate access reviews |
      And the snapshot lists no improvements
      When it is assessed on 2026-11-29
      Then the only finding against 10.1 is a major nonconformity about $.improvements

    @10.1 @nonconforming
    Scenario: Improvement has stopped: nothing under way and nothing completed in the last 12 months
      Given these improvements:
        | id    | source            | sourceId | description              | status    | completedOn |
        | IMP-1 | internal-audit    | IA-1     | Automate access reviews  | done      | 2025-06-01  |
        | IMP-2 | management-review | MR-1     | Add a phishing indicator | cancelled |             |
      When it is assessed on 2026-11-29
      Then the only finding against 10.1 is a minor nonconformity about $.improvements
