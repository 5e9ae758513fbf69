Feature: Clause 6.3 (2022) - changes to the ISMS are planned
  An auditor asks for the changes made to the ISMS itself (its scope, processes, roles, tools) and reads each as a
  plan: why, what it may lead to, what it needs and who carries it out (format 1.2: ismsChanges).

  Background:
    Given these people:
      | id    | name         | jobTitle      | leftOn     |
      | P-ISM | Alan Turing  | Security lead |            |
      | P-OLD | Grace Hopper | Former COO    | 2026-05-31 |

  Rule: 6.3 - each change to the ISMS is planned

    @6.3 @conforming
    Scenario: A planned change
      Given these ISMS changes:
        | id     | description                  | purpose                      | consequences                         | resources      | responsible | plannedOn  |
        | CHG-I1 | Bring the US office in scope | Customers in the US ask for it | Risks of the US site to assess first | 10 days, audit | P-ISM       | 2026-03-01 |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.3

    @6.3 @conforming
    Scenario: The organization states it changed nothing in the ISMS
      Given the snapshot lists no ISMS changes
      When it is assessed on 2026-11-29
      Then there is no finding against 6.3

    @6.3 @nonconforming
    Scenario: A change without consequences or resources, and one in the hands of a leaver
      Given these ISMS changes:
        | id     | description                  | purpose                        | consequences   | resources | responsible |
        | CHG-I1 | Bring the US office in scope | Customers in the US ask for it |                |           | P-ISM       |
        | CHG-I2 | Replace the GRC tool         | Licence ends                   | Data migration | 5 days    | P-OLD       |
      When it is assessed on 2026-11-29
      Then the findings against 6.3 are:
        | kind                | subject |
        | minor nonconformity | CHG-I1  |
        | minor nonconformity | CHG-I2  |
      And the finding against 6.3 about CHG-I1 says "consequences, resources"

    @6.3 @nonconforming
    Scenario: The snapshot does not show changes to the ISMS
      Given these risks:
        | id  | threat     |
        | R-1 | Ransomware |
      When it is assessed on 2026-11-29
      Then the only finding against 6.3 is a gap about $.ismsChanges
