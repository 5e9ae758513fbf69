Feature: Annex A.9 - physical and environmental security
  Where the organization has premises of its own, the auditor walks its secure areas and checks that each
  is protected by entry controls that let only authorized personnel in.

  Rule: A.7.2 - each secure area has entry controls

    @A.7.2 @conforming
    Scenario: Each secure area of the premises has its entry controls
      Given the organization's characteristics are:
        | premises | true |
      And these secure areas:
        | id      | name           | entryControls                  |
        | SA-SRV  | Server room    | [badge reader, visitor log]    |
        | SA-HR   | HR filing room | [key held by HR]               |
      When it is assessed on 2026-11-29
      Then there is no finding against A.7.2

    @A.7.2 @conforming
    Scenario: Without premises of its own the control is not expected
      Given the organization's characteristics are:
        | premises | false |
      And these secure areas:
        | id     | name                | entryControls |
        | SA-COL | Co-location cage    | []            |
      When it is assessed on 2026-11-29
      Then there is no finding against A.7.2

    @A.7.2 @nonconforming
    Scenario: A secure area with no entry controls next to one that has them
      Given the organization's characteristics are:
        | premises | true |
      And these secure areas:
        | id      | name           | entryControls |
        | SA-SRV  | Server room    | [badge reader] |
        | SA-ARCH | Archive room   |               |
      When it is assessed on 2026-11-29
      Then the only finding against A.7.2 is a minor nonconformity about SA-ARCH
      And the finding against A.7.2 about SA-ARCH points at $.secureAreas[1].entryControls

    @A.7.2 @nonconforming
    Scenario: Premises but no secure areas in the snapshot is a gap
      Given the organization's characteristics are:
        | premises | true |
      And these people:
        | id  | name         | startedOn  |
        | P-A | Ada Lovelace | 2024-01-15 |
      When it is assessed on 2026-11-29
      Then the only finding against A.7.2 is a gap about $.secureAreas
