Feature: Annex A.6 - organization of information security
  The auditor checks that every security role is held by someone still with the organization, that
  people with access signed a confidentiality agreement, that information security was reviewed
  independently within the planned interval, and that agreements with external parties who access
  information or facilities cover security.

  Rule: A.5.2 - information security responsibilities are allocated to active people

    Background:
      Given these security roles:
        | id       | name                          | responsibilities            |
        | ROLE-ISM | Information security manager  | Runs the ISMS               |
        | ROLE-DPO | Data protection officer       | Oversees personal data      |
        | ROLE-BCM | Business continuity manager   | Keeps continuity plans      |

    @A.5.2 @conforming
    Scenario: Every role held by someone active, including one who is serving their notice
      Given these people:
        | id      | name          | roles      | leftOn     |
        | P-CISO  | Alan Turing   | [ROLE-ISM] |            |
        | P-OLD   | Joan Clarke   | [ROLE-DPO] | 2026-03-31 |
        | P-NEW   | Mary Somerville | [ROLE-DPO] |          |
        | P-LEAVE | Tommy Flowers | [ROLE-BCM] | 2026-12-31 |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.2

    @A.5.2 @nonconforming
    Scenario: A role whose only holder has left, and a role nobody holds
      Given these people:
        | id     | name        | roles      | leftOn     |
        | P-CISO | Alan Turing | [ROLE-ISM] |            |
        | P-OLD  | Joan Clarke | [ROLE-DPO] | 2026-03-31 |
      When it is assessed on 2026-11-29
      Then the findings against A.5.2 are:
        | kind                | subject  |
        | minor nonconformity | ROLE-DPO |
        | minor nonconformity | ROLE-BCM |
      And the finding against A.5.2 about ROLE-DPO points at $.people[1].leftOn

  Rule: A.5.2 - every implemented control has an owner responsible for operating it

    @A.5.2 @conforming
    Scenario: Implemented and partly implemented controls have owners; excluded and planned ones need none yet
      Given these people:
        | id     | name         |
        | P-CISO | Alan Turing  |
        | P-CEO  | Ada Lovelace |
      And these SoA entries:
        | control  | applicable | reason          | justification           | status      | owner  |
        | A.5.1  | true       | Risk R-1        |                         | implemented | P-CISO |
        | A.6.3  | true       | Risk R-2        |                         | partial     | P-CEO  |
        | A.8.26 | true       | Risk R-3        |                         | planned     |        |
        | A.8.30 | false      |                 | No outsourced software  |             |        |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.2

    @A.5.2 @nonconforming
    Scenario: An implemented control without owner and one owned by a leaver
      Given these people:
        | id     | name         | leftOn     |
        | P-CISO | Alan Turing  |            |
        | P-CEO  | Ada Lovelace |            |
        | P-OLD  | Grace Hopper | 2026-05-31 |
      And these SoA entries:
        | control  | applicable | reason   | status      | owner  |
        | A.5.1  | true       | Risk R-1 | implemented | P-CISO |
        | A.6.3  | true       | Risk R-2 | implemented |        |
        | A.7.1  | true       | Risk R-3 | partial     | P-OLD  |
        | A.8.26 | true       | Risk R-4 | planned     |        |
      When it is assessed on 2026-11-29
      Then the findings against A.5.2 are:
        | kind                | subject |
        | minor nonconformity | A.6.3 |
        | minor nonconformity | A.7.1 |
      And the finding against A.5.2 about A.6.3 points at $.statementOfApplicability.entries[1].owner

    @A.5.2 @nonconforming
    Scenario: No implemented control has an owner: one gap (an export without owners looks the same), not one per control
      Given these SoA entries:
        | control  | applicable | reason   | status      |
        | A.5.1  | true       | Risk R-1 | implemented |
        | A.6.3  | true       | Risk R-2 | implemented |
        | A.7.1  | true       | Risk R-3 | partial     |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.2 is a gap about $.statementOfApplicability

  Rule: A.6.6 - employees and contractors with access signed a confidentiality agreement

    @A.6.6 @conforming
    Scenario: Everyone with access has signed; an external and someone without an enabled account are not expected to
      Given these people:
        | id      | name          | employment | leftOn     | confidentialityAgreementSignedOn |
        | P-EMP   | Ada Lovelace  | employee   |            | 2024-01-10                       |
        | P-CON   | Grace Hopper  | contractor |            | 2025-04-20                       |
        | P-EXT   | Linus Pauling | external   |            |                                  |
        | P-NOACC | Emmy Noether  | employee   |            |                                  |
        | P-LEFT  | Kurt Goedel   | employee   | 2026-01-31 |                                  |
      And these accounts:
        | id        | personId | enabled | createdOn  |
        | ACC-EMP   | P-EMP    | true    | 2024-01-15 |
        | ACC-CON   | P-CON    | true    | 2025-05-01 |
        | ACC-EXT   | P-EXT    | true    | 2025-05-01 |
        | ACC-NOACC | P-NOACC  | false   | 2023-01-01 |
        | ACC-LEFT  | P-LEFT   | true    | 2020-01-01 |
      When it is assessed on 2026-11-29
      Then there is no finding against A.6.6

    @A.6.6 @nonconforming
    Scenario: A contractor with an enabled account and no recorded agreement
      Given these people:
        | id      | name          | employment | confidentialityAgreementSignedOn |
        | P-EMP   | Ada Lovelace  | employee   | 2024-01-10                       |
        | P-CON   | Grace Hopper  | contractor |                                  |
        | P-NOACC | Emmy Noether  | employee   |                                  |
      And these accounts:
        | id        | personId | enabled | createdOn  |
        | ACC-EMP   | P-EMP    | true    | 2024-01-15 |
        | ACC-CON   | P-CON    | true    | 2025-05-01 |
        | ACC-NOACC | P-NOACC  | false   | 2023-01-01 |
      When it is assessed on 2026-11-29
      Then the only finding against A.6.6 is a gap about P-CON
      And the finding against A.6.6 about P-CON points at $.people[1].confidentialityAgreementSignedOn

    @A.6.6 @nonconforming
    Scenario: Without an accounts section, every active employee and contractor counts as having access
      Given these people:
        | id      | name          | employment | leftOn     | confidentialityAgreementSignedOn |
        | P-EMP   | Ada Lovelace  | employee   |            | 2024-01-10                       |
        | P-CON   | Grace Hopper  | contractor |            |                                  |
        | P-EXT   | Linus Pauling | external   |            |                                  |
        | P-NOACC | Emmy Noether  | employee   |            |                                  |
        | P-LEFT  | Kurt Goedel   | employee   | 2026-01-31 |                                  |
      When it is assessed on 2026-11-29
      Then the findings against A.6.6 are:
        | kind | subject |
        | gap  | P-CON   |
        | gap  | P-NOACC |

    @A.6.6 @nonconforming
    Scenario: No agreement recorded for anyone is one gap, not one per person
      Given these people:
        | id    | name         | employment |
        | P-EMP | Ada Lovelace | employee   |
        | P-CON | Grace Hopper | contractor |
      When it is assessed on 2026-11-29
      Then the only finding against A.6.6 is a gap about $.people

    @A.6.6 @nonconforming
    Scenario: A contractor who got an account before signing the agreement
      Given these people:
        | id    | name         | employment | confidentialityAgreementSignedOn |
        | P-EMP | Ada Lovelace | employee   | 2024-01-10                       |
        | P-CON | Grace Hopper | contractor | 2025-06-01                       |
      And these accounts:
        | id      | personId | enabled | createdOn  |
        | ACC-EMP | P-EMP    | true    | 2024-01-15 |
        | ACC-CN2 | P-CON    | true    | 2025-09-01 |
        | ACC-CON | P-CON    | true    | 2025-05-01 |
      When it is assessed on 2026-11-29
      Then the only finding against A.6.6 is an observation about P-CON
      And the finding against A.6.6 about P-CON points at $.accounts[2].createdOn

  Rule: A.5.35 - information security is reviewed independently at planned intervals

    Background:
      Given the organization is:
        | ismsOwner | P-CISO |
      And these security roles:
        | id       | name                         | ismsOperation |
        | ROLE-ISM | Information security manager | true          |
        | ROLE-FIN | Finance controller           | false         |
      And these people:
        | id     | name         | roles      |
        | P-CISO | Alan Turing  |            |
        | P-OPS  | Grace Hopper | [ROLE-ISM] |
        | P-AUD  | Ada Lovelace | [ROLE-FIN] |

    @A.5.35 @conforming
    Scenario: An independent review by internal audit last year, after an older one by the ISMS owner
      Given these activities:
        | id        | kind              | performedOn | performedBy |
        | ACT-IR-1  | independent-review | 2021-05-01 | P-CISO      |
        | ACT-IR-2  | independent-review | 2025-03-01 | P-AUD       |
        | ACT-MON-1 | monitoring         | 2026-10-01 | P-OPS       |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.35

    @A.5.35 @nonconforming
    Scenario: Activities are recorded but no independent review ever took place
      Given these activities:
        | id        | kind       | performedOn | performedBy |
        | ACT-MON-1 | monitoring | 2026-10-01  | P-OPS       |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.35 is a major nonconformity about $.activities

    @A.5.35 @nonconforming
    Scenario Outline: The last independent review <case>
      Given the organization's own interval for independent-review is <interval>
      And these activities:
        | id       | kind               | performedOn | performedBy |
        | ACT-IR-1 | independent-review | 2020-05-01  | P-AUD       |
        | ACT-IR-2 | independent-review | <lastOn>    | <by>        |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.35 is <a> <kind> about ACT-IR-2
      And the finding against A.5.35 about ACT-IR-2 points at <path>

      Examples:
        | case                                       | interval | lastOn     | by     | a  | kind                | path                          |
        | is more than 36 months old                 | P36M     | 2023-06-01 | P-AUD  | a  | minor nonconformity | $.activities[1].performedOn   |
        | is older than the organization's 24 months | P24M     | 2024-09-01 | P-AUD  | a  | minor nonconformity | $.activities[1].performedOn   |
        | falls due within the next weeks            | P36M     | 2023-12-15 | P-AUD  | an | observation         | $.activities[1].performedOn   |
        | was performed by the ISMS owner            | P36M     | 2025-03-01 | P-CISO | a  | minor nonconformity | $.organization.ismsOwner      |
        | was performed by the ISMS operator         | P36M     | 2025-03-01 | P-OPS  | a  | minor nonconformity | $.people[1].roles             |

    @A.5.35 @nonconforming
    Scenario: An independent review without a date
      Given these activities:
        | id       | kind               | performedBy |
        | ACT-IR-1 | independent-review | P-AUD       |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.35 is a gap about ACT-IR-1

  Rule: A.5.20 - agreements with external parties who access information or facilities cover security

    Background:
      Given the organization's characteristics are:
        | externalParties | true |

    @A.5.20 @conforming
    Scenario: Current agreements covering security with both parties that have access
      Given these suppliers:
        | id      | name           | accessesInformation | accessesFacilities |
        | SUP-MSP | Managed IT Ltd | true                | false              |
        | SUP-CLN | CleanCo        | false               | true               |
        | SUP-CAT | Catering Co    | false               | false              |
      And these agreements:
        | id    | supplierId | kind    | covers                     | signedOn   | expiresOn  |
        | AGR-1 | SUP-MSP    | service | [security, service-levels] | 2025-01-01 |            |
        | AGR-2 | SUP-CLN    | service | [security]                 | 2025-01-01 | 2027-12-31 |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.20

    @A.5.20 @conforming
    Scenario: External parties do not access the organization, so the control is not expected
      Given the organization's characteristics are:
        | externalParties | false |
      And these suppliers:
        | id      | name           | accessesInformation | accessesFacilities |
        | SUP-MSP | Managed IT Ltd | true                | false              |
      And these agreements:
        | id    | supplierId | kind    | covers           |
        | AGR-1 | SUP-MSP    | service | [service-levels] |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.20

    @A.5.20 @nonconforming
    Scenario: An agreement without security terms and an expired one
      Given these suppliers:
        | id      | name           | accessesInformation | accessesFacilities |
        | SUP-MSP | Managed IT Ltd | true                | false              |
        | SUP-CLN | CleanCo        | false               | true               |
        | SUP-CAT | Catering Co    | false               | false              |
      And these agreements:
        | id    | supplierId | kind    | covers           | signedOn   | expiresOn  |
        | AGR-1 | SUP-MSP    | service | [service-levels] | 2025-01-01 |            |
        | AGR-2 | SUP-CLN    | service | [security]       | 2023-01-01 | 2026-06-30 |
      When it is assessed on 2026-11-29
      Then the findings against A.5.20 are:
        | kind                | subject |
        | minor nonconformity | SUP-MSP |
        | minor nonconformity | SUP-CLN |
      And the finding against A.5.20 about SUP-MSP points at $.agreements[0].covers
      And the finding against A.5.20 about SUP-CLN points at $.agreements[1].expiresOn

    @A.5.20 @nonconforming
    Scenario: No agreement with any external party is one major nonconformity
      Given these suppliers:
        | id      | name           | accessesInformation |
        | SUP-MSP | Managed IT Ltd | true                |
      And the snapshot lists no agreements
      When it is assessed on 2026-11-29
      Then the only finding against A.5.20 is a major nonconformity about $.agreements

    @A.5.20 @nonconforming
    Scenario: Agreements left out of the snapshot are a gap
      Given these suppliers:
        | id      | name           | accessesInformation |
        | SUP-MSP | Managed IT Ltd | true                |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.20 is a gap about $.agreements

    @A.5.20 @nonconforming
    Scenario: External parties left out of the snapshot are a gap
      Given these people:
        | id  | name         | startedOn  |
        | P-A | Ada Lovelace | 2024-01-15 |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.20 is a gap about $.suppliers
