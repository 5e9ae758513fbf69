Feature: Annex A.11 - access control: privileges, access reviews, remote access, personal accounts, passwords and session time-outs

  Background:
    Given these people:
      | id    | name         | jobTitle   | management |
      | P-CEO | Ada Lovelace | CEO        | true       |
      | P-OPS | Grace Hopper | Head of IT | false      |
      | P-ADM | Ken Thompson | Sysadmin   | false      |
      | P-USR | Alan Turing  | Analyst    | false      |
    And these assets:
      | id     | name        | type    | owner |
      | AST-DB | Customer DB | server  | P-OPS |
      | AST-AD | Directory   | service | P-OPS |
      | AST-VP | VPN gateway | network-device | P-OPS |

  Rule: A.8.2 - privileges are authorized

    @A.8.2 @conforming
    Scenario: Privileged accounts authorized by someone else; ordinary and disabled accounts are not checked
      Given these accounts:
        | id    | personId | systemId | privileged | enabled | approvedBy |
        | ACC-1 | P-ADM    | AST-DB   | true       | true    | P-OPS      |
        | ACC-2 | P-USR    | AST-DB   | false      | true    |            |
        | ACC-3 | P-USR    | AST-AD   | true       | false   |            |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.2

    @A.8.2 @nonconforming
    Scenario: A privileged account with no recorded approver and one approved by its holder
      Given these accounts:
        | id    | personId | systemId | privileged | enabled | approvedBy |
        | ACC-1 | P-ADM    | AST-DB   | true       | true    |            |
        | ACC-2 | P-ADM    | AST-AD   | true       | true    | P-ADM      |
        | ACC-3 | P-OPS    | AST-AD   | true       | true    | P-CEO      |
        | ACC-4 | P-USR    | AST-DB   | false      | true    | P-USR      |
      When it is assessed on 2026-11-29
      Then the findings against A.8.2 are:
        | kind                | subject |
        | gap                 | ACC-1   |
        | minor nonconformity | ACC-2   |
      And the finding against A.8.2 about ACC-2 points at $.accounts[1].approvedBy

    @A.8.2 @nonconforming
    Scenario: No accounts in the snapshot is a gap for privilege management
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.8.2 is a gap about $.accounts

  Rule: A.5.18 - access rights are reviewed at planned intervals (privileged 6 months, others 12)

    @A.5.18 @conforming
    Scenario: Reviews within their intervals, a new account not yet due, and a disabled account
      Given these accounts:
        | id    | personId | systemId | privileged | enabled | approvedBy | createdOn  | lastReviewedOn |
        | ACC-1 | P-ADM    | AST-DB   | true       | true    | P-OPS      | 2020-01-01 | 2026-06-30     |
        | ACC-2 | P-USR    | AST-DB   | false      | true    | P-OPS      | 2020-01-01 | 2025-12-15     |
        | ACC-3 | P-USR    | AST-AD   | false      | true    | P-OPS      | 2026-10-01 |                |
        | ACC-4 | P-OPS    | AST-AD   | true       | false   | P-CEO      | 2019-01-01 | 2023-01-01     |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.18

    @A.5.18 @nonconforming
    Scenario: A privileged account reviewed 7 months ago, an ordinary one 13 months ago, and an old one never reviewed
      Given these accounts:
        | id    | personId | systemId | privileged | enabled | approvedBy | createdOn  | lastReviewedOn |
        | ACC-1 | P-ADM    | AST-DB   | true       | true    | P-OPS      | 2020-01-01 | 2026-04-30     |
        | ACC-2 | P-USR    | AST-DB   | false      | true    | P-OPS      | 2020-01-01 | 2025-10-31     |
        | ACC-3 | P-USR    | AST-AD   | false      | true    | P-OPS      | 2024-03-01 |                |
        | ACC-4 | P-OPS    | AST-AD   | false      | true    | P-CEO      | 2020-01-01 | 2026-04-30     |
        | ACC-5 | P-OPS    | AST-DB   | true       | false   | P-CEO      | 2019-01-01 | 2023-01-01     |
      When it is assessed on 2026-11-29
      Then the findings against A.5.18 are:
        | kind                | subject |
        | minor nonconformity | ACC-1   |
        | minor nonconformity | ACC-2   |
        | gap                 | ACC-3   |
      And the finding against A.5.18 about ACC-1 points at $.accounts[0].lastReviewedOn

    @A.5.18 @conforming
    Scenario: The organization's own review interval for privileged accounts wins over the default
      Given the organization's own interval for access-review-privileged is P12M
      And these accounts:
        | id    | personId | systemId | privileged | enabled | approvedBy | createdOn  | lastReviewedOn |
        | ACC-1 | P-ADM    | AST-DB   | true       | true    | P-OPS      | 2020-01-01 | 2026-04-30     |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.18

    @A.5.18 @nonconforming
    Scenario: No accounts in the snapshot is a gap for access reviews
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.5.18 is a gap about $.accounts

    @A.5.18 @nonconforming
    Scenario: Accounts the organization states were never reviewed (format 1.1): an old one is a lapse, a new one not yet due
      Given these accounts:
        | id    | personId | systemId | privileged | enabled | approvedBy | createdOn  | lastReviewedOn |
        | ACC-1 | P-ADM    | AST-DB   | true       | true    | P-OPS      | 2024-01-01 | never          |
        | ACC-2 | P-USR    | AST-AD   | false      | true    | P-OPS      | 2026-10-01 | never          |
        | ACC-3 | P-USR    | AST-DB   | false      | true    | P-OPS      | 2020-01-01 | 2026-01-15     |
      When it is assessed on 2026-11-29
      Then the findings against A.5.18 are:
        | kind                | subject |
        | minor nonconformity | ACC-1   |
      And the finding against A.5.18 about ACC-1 says "have never been reviewed"

  Rule: A.5.18 - redundant accounts are found and blocked: enabled accounts unused past the dormant-account period (format 1.1)

  Rule: A.8.5 - users connecting from outside are strongly authenticated

  Rule: A.5.16 - every account identifies one user, or is a justified and approved shared account

    @A.5.16 @conforming
    Scenario: Personal accounts, a justified and approved shared account, and a disabled orphan
      Given these accounts:
        | id    | personId | systemId | enabled | shared | sharedJustification           | approvedBy |
        | ACC-1 | P-ADM    | AST-DB   | true    |        |                               | P-OPS      |
        | ACC-2 |          | AST-AD   | true    | true   | Break-glass account in a safe | P-CEO      |
        | ACC-3 |          | AST-AD   | false   |        |                               |            |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.16

    @A.5.16 @nonconforming
    Scenario: An account of nobody, a shared account without justification, and one without approval
      Given these accounts:
        | id    | personId | systemId | enabled | shared | sharedJustification | approvedBy |
        | ACC-1 |          | AST-DB   | true    |        |                     | P-OPS      |
        | ACC-2 |          | AST-AD   | true    | true   | ""                  | P-OPS      |
        | ACC-3 |          | AST-AD   | true    | true   | Kiosk terminal      |            |
        | ACC-4 | P-USR    | AST-DB   | true    | false  |                     | P-OPS      |
      When it is assessed on 2026-11-29
      Then the findings against A.5.16 are:
        | kind                | subject |
        | minor nonconformity | ACC-1   |
        | minor nonconformity | ACC-2   |
        | gap                 | ACC-3   |
      And the finding against A.5.16 about ACC-2 points at $.accounts[1].sharedJustification

    @A.5.16 @nonconforming
    Scenario: No accounts in the snapshot is a gap for user identification
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.5.16 is a gap about $.accounts

  Rule: A.5.17 - password rules meet the access policy's minimums

    Background:
      Given the access policy is:
        | minPasswordLength     | 12   |
        | passwordHistory       | 10   |
        | maxPasswordAgeDays    | 90   |
        | multiFactorEquivalent | true |
        | sessionTimeoutMinutes | 15   |

    @A.5.17 @conforming
    Scenario: Systems at or above the minimums, one relying on multi-factor authentication instead of expiry
      Given these authentication settings:
        | id     | systemId | minPasswordLength | passwordHistory | maxPasswordAgeDays | multiFactor | sessionTimeoutMinutes |
        | AUTH-1 | AST-DB   | 12                | 10              | 90                 | false       | 15                    |
        | AUTH-2 | AST-AD   | 16                | 24              |                    | true        | 10                    |
        | AUTH-3 | AST-VP   | 14                | 12              | 365                | true        | 5                     |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.17

    @A.5.17 @nonconforming
    Scenario: Short passwords, short history, passwords that never expire without MFA, and an incomplete configuration
      Given these authentication settings:
        | id     | systemId | minPasswordLength | passwordHistory | maxPasswordAgeDays | multiFactor | sessionTimeoutMinutes |
        | AUTH-1 | AST-DB   | 8                 | 10              | 90                 | false       | 15                    |
        | AUTH-2 | AST-AD   | 12                | 5               | 0                  | false       | 15                    |
        | AUTH-3 | AST-VP   |                   | 10              |                    | false       | 15                    |
        | AUTH-4 | AST-DB   | 12                | 10              | 120                | true        | 15                    |
      When it is assessed on 2026-11-29
      Then the findings against A.5.17 are:
        | kind                | subject |
        | minor nonconformity | AUTH-1  |
        | minor nonconformity | AUTH-2  |
        | minor nonconformity | AUTH-2  |
        | gap                 | AUTH-3  |
      And the finding against A.5.17 about AUTH-1 points at $.organization.accessPolicy.minPasswordLength
      And the finding against A.5.17 about AUTH-3 points at $.authenticationSettings[2].minPasswordLength

    @A.5.17 @nonconforming
    Scenario: Passwords that expire later than the policy allows, where the policy does not accept MFA instead
      Given the access policy is:
        | multiFactorEquivalent | false |
      And these authentication settings:
        | id     | systemId | minPasswordLength | passwordHistory | maxPasswordAgeDays | multiFactor |
        | AUTH-1 | AST-DB   | 12                | 10              | 180                | true        |
        | AUTH-2 | AST-AD   | 12                | 10              | 60                 | true        |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.17 is a minor nonconformity about AUTH-1

  Rule: A.5.17 - the password settings and minimums are shown

    @A.5.17 @nonconforming
    Scenario: No password minimums and no settings in the snapshot are two gaps
      Given an organization
      When it is assessed on 2026-11-29
      Then the findings against A.5.17 are:
        | kind | subject                 |
        | gap  | ORG                     |
        | gap  | $.authenticationSettings |

  Rule: A.8.5 - idle sessions time out within the access policy's limit

    Background:
      Given the access policy is:
        | minPasswordLength     | 12 |
        | sessionTimeoutMinutes | 15 |

    @A.8.5 @conforming
    Scenario: Time-outs at or below the limit
      Given these authentication settings:
        | id     | systemId | minPasswordLength | sessionTimeoutMinutes |
        | AUTH-1 | AST-DB   | 12                | 15                    |
        | AUTH-2 | AST-AD   | 12                | 5                     |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.5

    @A.8.5 @nonconforming
    Scenario: A long time-out, no time-out at all, and a time-out not stated
      Given these authentication settings:
        | id     | systemId | minPasswordLength | sessionTimeoutMinutes |
        | AUTH-1 | AST-DB   | 12                | 60                    |
        | AUTH-2 | AST-AD   | 12                | 0                     |
        | AUTH-3 | AST-VP   | 12                |                       |
        | AUTH-4 | AST-VP   | 12                | 10                    |
      When it is assessed on 2026-11-29
      Then the findings against A.8.5 are:
        | kind                | subject |
        | minor nonconformity | AUTH-1  |
        | minor nonconformity | AUTH-2  |
        | gap                 | AUTH-3  |
      And the finding against A.8.5 about AUTH-1 points at $.authenticationSettings[0].sessionTimeoutMinutes

    @A.8.5 @nonconforming
    Scenario: A policy without a session time-out is a gap
      Given the access policy is:
        | sessionTimeoutMinutes | (absent) |
      And these authentication settings:
        | id     | systemId | sessionTimeoutMinutes |
        | AUTH-1 | AST-DB   | 60                    |
      When it is assessed on 2026-11-29
      Then the only finding against A.8.5 is a gap about ORG
