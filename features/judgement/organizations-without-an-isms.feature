Feature: Organizations without their ISMS - the roots to produce first, and no flood
  What is not evidenced is not conforming: a snapshot without the mandatory elements of an ISMS (scope, policy,
  risk methodology, risk assessment, treatment plan, SoA, documented procedures, internal audit, management review)
  is not ready whatever else it holds, scores near zero, and gets one root finding per missing element, which lists
  what it keeps from being checked, instead of one finding per consequence.

  @judgement @nonconforming
  Scenario: A profile and nothing else is not ready, scores near zero and gets only the roots, each naming what to produce
    Given the snapshot holds only the organization profile
    When it is assessed on 2026-11-29
    Then the verdict is not-ready
    And the verdict names as not evidenced: "ISMS scope, ISMS policy, risk assessment methodology, documented procedures and the document register, internal audits, management reviews, risk assessment (risk register), risk treatment plan, Statement of Applicability"
    And readiness is at most 5.0 % and evidence coverage at most 5.0 %
    And the findings are exactly:
      | requirement | kind                | subject            | items |
      | 4.1         | gap                 | ORG                        | 1     |
      | 4.2.1.a     | gap                 | $.scope                    | 1     |
      | 4.2.1.b.1   | gap                 | $.policy                   | 1     |
      | 4.2.1.c.1   | gap                 | $.riskMethodology          | 1     |
      | 4.2.1.d.2   | gap                 | $.risks                    | 1     |
      | 4.2.1.j.1   | gap                 | $.statementOfApplicability | 1     |
      | 4.2.2.a     | gap                 | $.treatmentPlan            | 1     |
      | 4.3.1.a     | gap                 | $.documents                | 1     |
      | 6.intervals | gap                 | $.internalAudits           | 1     |
      | 7.1.planned | gap                 | $.managementReviews        | 1     |
      | A.11.5.3    | gap                 | ORG                        | 1     |
      | A.11.5.5    | gap                 | ORG                        | 1     |
    And the finding against 4.2.1.j.1 blocks A.10.5.1
    And the finding against 4.2.1.a blocks A.8.3.3
