Feature: Clause 4.4 - the ISMS as a whole
  Someone is accountable for the ISMS, and it runs as a Plan-Do-Check-Act cycle: risks are assessed, the
  selected controls operate, the ISMS is audited or reviewed, and it is improved.

  Background:
    Given these people:
      | id     | name            | jobTitle         | management | leftOn     |
      | P-CEO  | Ada Lovelace    | CEO              | true       |            |
      | P-ISM  | Alan Turing     | Security manager | false      |            |
      | P-GONE | Charles Babbage | Former CISO      | false      | 2026-05-31 |

  Rule: 4.4 - an accountable owner and every phase of the PDCA cycle in evidence

    @4.4 @conforming
    Scenario: An owner in post, assessed risks, implemented controls, a management review and an improvement
      Given the organization is:
        | ismsOwner | P-ISM |
      And these risks:
        | id  | threat     | level | treatment      | controls   | owner |
        | R-1 | Ransomware | 12    | apply-controls | [A.8.13] | P-ISM |
      And these SoA entries:
        | control  | applicable | reason   | status      |
        | A.8.13 | true       | Risk R-1 | implemented |
      And the snapshot lists no internal audits
      And these management reviews:
        | id    | heldOn     | chairedBy |
        | MR-26 | 2026-03-10 | P-CEO     |
      And the snapshot lists no activities
      And these improvements:
        | id    | source            | sourceId | description         | owner | dueOn      | status |
        | IMP-1 | management-review | MR-26    | Automate log review | P-ISM | 2027-03-01 | open   |
      And the snapshot lists no corrective and preventive actions
      When it is assessed on 2026-11-29
      Then there is no finding against 4.4

    @4.4 @conforming
    Scenario: Each phase shown by other evidence: a dated risk assessment, a partial control, an effectiveness review, a corrective action
      Given the organization is:
        | ismsOwner | P-ISM |
      And the risk methodology is:
        | id                   | RM-1       |
        | lastRiskAssessmentOn | 2026-02-01 |
      And these risks:
        | id  | threat     | treatment      | controls   | owner |
        | R-1 | Ransomware | apply-controls | [A.8.13] | P-ISM |
      And these SoA entries:
        | control  | applicable | reason   | status  |
        | A.8.13 | true       | Risk R-1 | partial |
        | A.8.8 | true       | Risk R-1 | planned |
      And the snapshot lists no internal audits
      And the snapshot lists no management reviews
      And these activities:
        | id     | kind                 | performedOn | performedBy |
        | ACT-ER | effectiveness-review | 2026-06-30  | P-ISM       |
      And the snapshot lists no improvements
      And these corrective and preventive actions:
        | id   | type       | source     | nonconformity           | owner | status |
        | CA-1 | corrective | monitoring | Backups failed silently | P-ISM | open   |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.4

    @4.4 @conforming
    Scenario: A phase is not judged when a section that would show it is left out
      Given the organization is:
        | ismsOwner | P-ISM |
      And the snapshot lists no internal audits
      And the snapshot lists no management reviews
      And the snapshot lists no improvements
      When it is assessed on 2026-11-29
      Then there is no finding against 4.4

    @4.4 @nonconforming
    Scenario: An empty risk register and an empty SoA are reported once, by the clauses they belong to
      Given the organization is:
        | ismsOwner | P-ISM |
      And the snapshot lists no risks
      And the statement of applicability is:
        | id | SOA-1 |
      And the snapshot lists no SoA entries
      When it is assessed on 2026-11-29
      Then there is no finding against 4.4
      And the only finding against 6.1.2.c.1 is a major nonconformity about $.risks
      And the only finding against 6.1.3.d is a major nonconformity about SOA-1

    @4.4 @nonconforming
    Scenario: The snapshot names no ISMS owner
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 4.4 is a gap about ORG
      And the finding against 4.4 about ORG points at $.organization.ismsOwner

    @4.4 @nonconforming
    Scenario: The ISMS owner has left the organization
      Given the organization is:
        | ismsOwner | P-GONE |
      When it is assessed on 2026-11-29
      Then the only finding against 4.4 is a minor nonconformity about ORG
      And the finding against 4.4 about ORG points at $.people[2].leftOn

    @4.4 @nonconforming
    Scenario: Risks never assessed, no control implemented, nothing audited or reviewed, nothing improved
      Given the organization is:
        | ismsOwner | P-ISM |
      And these risks:
        | id  | threat     | treatment      | controls   | owner |
        | R-1 | Ransomware | apply-controls | [A.8.13] | P-ISM |
      And these SoA entries:
        | control  | applicable | reason   | status  |
        | A.8.13 | true       | Risk R-1 | planned |
        | A.8.26 | false      |          |         |
      And the snapshot lists no internal audits
      And these management reviews:
        | id    | chairedBy |
        | MR-27 | P-CEO     |
      And these activities:
        | id      | kind       | performedOn |
        | ACT-MON | monitoring | 2026-11-20  |
      And the snapshot lists no improvements
      And the snapshot lists no corrective and preventive actions
      When it is assessed on 2026-11-29
      Then the findings against 4.4 are:
        | kind                | subject          |
        | major nonconformity | $.risks          |
        | major nonconformity | SOA              |
