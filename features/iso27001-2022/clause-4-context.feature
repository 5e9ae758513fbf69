Feature: Clause 4 (2022) - the context of the organization and its interested parties
  An auditor asks for the context analysis (external and internal issues, and since Amendment 1:2024 the decision
  whether climate change is relevant), the interested parties with their requirements and which of them the ISMS
  addresses, and whether the scope was set with both in mind (format 1.2).

  Rule: 4.1 - the external and internal issues are determined

    @4.1 @conforming
    Scenario: Issues of both kinds are listed
      Given these issues:
        | id      | kind     | description                               | climateChange | relevant | reasoning                         |
        | ISS-1   | external | NIS2 applies to our customers in the EU   |               | true     |                                   |
        | ISS-2   | internal | Engineering grows from 20 to 40 people    |               | true     |                                   |
        | ISS-CLI | external | Climate change                            | true          | false    | Cloud-hosted, no exposed sites    |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.1

    @4.1 @nonconforming
    Scenario: Only internal issues are listed
      Given these issues:
        | id    | kind     | description                            |
        | ISS-2 | internal | Engineering grows from 20 to 40 people |
      When it is assessed on 2026-11-29
      Then the only finding against 4.1 is a minor nonconformity about $.issues

    @4.1 @nonconforming
    Scenario: The organization states it has determined no issue
      Given these people:
        | id    | name        |
        | P-ISM | Alan Turing |
      And the snapshot lists no issues
      When it is assessed on 2026-11-29
      Then the only finding against 4.1 is a major nonconformity about $.issues

    @4.1 @nonconforming
    Scenario: The snapshot does not list the issues
      Given these people:
        | id    | name        |
        | P-ISM | Alan Turing |
      When it is assessed on 2026-11-29
      Then the only finding against 4.1 is a gap about $.issues
      And there is no finding against 4.1.climate

  Rule: 4.1.climate - the organization determined whether climate change is relevant (Amendment 1:2024)

    @4.1.climate @conforming
    Scenario: Climate change is determined relevant, with the reasoning
      Given these issues:
        | id      | kind     | description     | climateChange | relevant | reasoning                                     |
        | ISS-1   | external | NIS2 applies    |               | true     |                                               |
        | ISS-CLI | external | Climate change  | true          | true     | Our data centre site lies in a flood plain     |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.1.climate

    @4.1.climate @nonconforming
    Scenario: The context analysis says nothing about climate change
      Given these issues:
        | id    | kind     | description  |
        | ISS-1 | external | NIS2 applies |
      When it is assessed on 2026-11-29
      Then the only finding against 4.1.climate is a minor nonconformity about $.issues

    @4.1.climate @nonconforming
    Scenario: Climate change is decided irrelevant without a reason
      Given these issues:
        | id      | kind     | description    | climateChange | relevant |
        | ISS-CLI | external | Climate change | true          | false    |
      When it is assessed on 2026-11-29
      Then the only finding against 4.1.climate is a minor nonconformity about ISS-CLI
      And the finding against 4.1.climate about ISS-CLI points at $.issues[0].reasoning

  Rule: 4.2.a - the interested parties are identified

    @4.2.a @conforming
    Scenario: Interested parties are listed
      Given the snapshot gives interestedParties as '[{"id": "IP-CUST", "name": "Customers", "requirements": [{"id": "IPR-1", "description": "ISO 27001 certificate", "addressed": true}]}]'
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.a

    @4.2.a @nonconforming
    Scenario: The organization states it has no interested party
      Given these people:
        | id    | name        |
        | P-ISM | Alan Turing |
      And the snapshot gives interestedParties as '[]'
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.a is a major nonconformity about $.interestedParties

    @4.2.a @nonconforming
    Scenario: The snapshot does not list the interested parties
      Given these people:
        | id    | name        |
        | P-ISM | Alan Turing |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.a is a gap about $.interestedParties

  Rule: 4.2.c - the organization decides which of the parties' requirements the ISMS addresses

    @4.2.c @conforming
    Scenario: Every requirement is addressed, or left out for a reason
      Given the snapshot gives interestedParties as '[{"id": "IP-CUST", "name": "Customers", "requirements": [{"id": "IPR-1", "description": "ISO 27001 certificate", "addressed": true}, {"id": "IPR-2", "description": "On-site audits", "addressed": false, "reason": "Replaced by the certificate and the SOC 2 report, as the contracts allow"}]}]'
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.c

    @4.2.c @nonconforming
    Scenario: A requirement not decided and one left out without a reason
      Given the snapshot gives interestedParties as '[{"id": "IP-CUST", "name": "Customers", "requirements": [{"id": "IPR-1", "description": "ISO 27001 certificate", "addressed": true}, {"id": "IPR-2", "description": "On-site audits", "addressed": false}]}, {"id": "IP-REG", "name": "Regulator", "requirements": [{"id": "IPR-3", "description": "Incident notification within 24 hours"}]}]'
      When it is assessed on 2026-11-29
      Then the findings against 4.2.c are:
        | kind                | subject |
        | minor nonconformity | IPR-2   |
        | minor nonconformity | IPR-3   |
      And the finding against 4.2.c about IPR-2 points at $.interestedParties[0].requirements[1].reason
      And the finding against 4.2.c about IPR-3 points at $.interestedParties[1].requirements[0].addressed

  Rule: 4.3.a and 4.3.b - the scope is set with the issues and the requirements in mind

    @4.3.a @4.3.b @conforming
    Scenario: The scope considers both
      Given the scope is:
        | id                    | SCOPE-1       |
        | business              | Online retail |
        | considersIssues       | true          |
        | considersRequirements | true          |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.3.a
      And there is no finding against 4.3.b

    @4.3.a @nonconforming
    Scenario: The scope is recorded as not considering the issues
      Given the scope is:
        | id                    | SCOPE-1 |
        | considersIssues       | false   |
        | considersRequirements | true    |
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.a is a minor nonconformity about SCOPE-1
      And there is no finding against 4.3.b

    @4.3.a @4.3.b @nonconforming
    Scenario: A scope of format 1.1 does not say what it considered
      Given the scope is:
        | id       | SCOPE-1       |
        | business | Online retail |
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.a is a gap about SCOPE-1
      And the only finding against 4.3.b is a gap about SCOPE-1

    @4.3.b @nonconforming
    Scenario: The scope is recorded as not considering the requirements
      Given the scope is:
        | id                    | SCOPE-1 |
        | considersIssues       | true    |
        | considersRequirements | false   |
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.b is a minor nonconformity about SCOPE-1
      And the finding against 4.3.b about SCOPE-1 points at $.scope.considersRequirements
