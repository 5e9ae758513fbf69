Feature: Clause 7.4 - communication
  The auditor reads the communication plan (format 1.2): for each topic of internal and external communication
  about the ISMS, when it is communicated, with whom, how and by whom.

  Background:
    Given these people:
      | id     | name         | jobTitle      | management |
      | P-CEO  | Ada Lovelace | CEO           | true       |
      | P-CISO | Alan Turing  | Security lead | false      |

  @7.4.a @7.4.b @7.4.c @7.4.d @conforming
  Scenario: Every entry of the plan says what, when, with whom and how
    Given these communication plan entries:
      | id     | topic                         | timing                  | audiences                 | channel             | owner  |
      | COM-1  | Policy changes                | on every policy change  | [all staff]               | all-staff e-mail    | P-CISO |
      | COM-2  | Incidents affecting customers | within 72 hours         | [customers, regulator]    | customer portal     | P-CEO  |
      | COM-3  | ISMS performance              | quarterly               | [top management]          | management meeting  | P-CISO |
    When it is assessed on 2026-11-29
    Then there is no finding against 7.4.a
    And there is no finding against 7.4.b
    And there is no finding against 7.4.c
    And there is no finding against 7.4.d

  @7.4.b @7.4.c @7.4.d @nonconforming
  Scenario: One entry says nothing about when, another names no audience, a third no channel
    Given these communication plan entries:
      | id     | topic                         | timing                 | audiences              | channel          | owner  |
      | COM-1  | Policy changes                |                        | [all staff]            | all-staff e-mail | P-CISO |
      | COM-2  | Incidents affecting customers | within 72 hours        | []                     | customer portal  | P-CEO  |
      | COM-3  | ISMS performance              | quarterly              | [top management]       |                  | P-CISO |
    When it is assessed on 2026-11-29
    Then the only finding against 7.4.b is a minor nonconformity about COM-1
    And the finding against 7.4.b about COM-1 points at $.communicationPlan[0].timing
    And the only finding against 7.4.c is a minor nonconformity about COM-2
    And the only finding against 7.4.d is a minor nonconformity about COM-3
    And the finding against 7.4.d about COM-3 says "ISMS performance"

  @7.4.a @nonconforming
  Scenario: An entry that does not say what it communicates
    Given these communication plan entries:
      | id     | topic | timing    | audiences   | channel  | owner  |
      | COM-1  |       | quarterly | [all staff] | intranet | P-CISO |
    When it is assessed on 2026-11-29
    Then the only finding against 7.4.a is a minor nonconformity about COM-1

  @7.4.a @7.4.b @nonconforming
  Scenario: The snapshot has no communication plan: one gap, which blocks when, with whom and how
    Given an organization
    When it is assessed on 2026-11-29
    Then the only finding against 7.4.a is a gap about $.communicationPlan
    And the finding against 7.4.a blocks 7.4.b
    And there is no finding against 7.4.b

  @7.4.a @nonconforming
  Scenario: An empty communication plan is one major nonconformity
    Given the snapshot lists no communication plan entries
    When it is assessed on 2026-11-29
    Then the only finding against 7.4.a is a major nonconformity about $.communicationPlan
