Feature: Annex A - which controls are expected, and the Statement of Applicability control by control
  A control is expected of the organization when the catalogue expects it of every organization, when the
  organization has the characteristic the catalogue names for it, or when a risk is treated by applying it.
  The Statement of Applicability does not exclude an expected control; a selected control that is not yet
  implemented has a treatment plan item with an owner and a due date; an implemented control has an owner
  and a measure of its effectiveness. Each finding is against the control concerned. Missing entries,
  reasons, statuses and justifications are clause 4.2.1 j) findings and are not repeated here.

  Background:
    Given these people:
      | id     | name         | jobTitle    | management |
      | P-CISO | Ada Lovelace | CISO        | true       |
      | P-OPS  | Grace Hopper | Head of Ops | false      |
    And these assets:
      | id     | name        | type        | owner |
      | AST-DB | Customer DB | information | P-OPS |

  Rule: An expected control is not excluded

    @A.11.7.2 @nonconforming
    Scenario: A control excluded although the organization declares the characteristic that makes it expected
      Given the organization's characteristics are:
        | teleworking        | true  |
        | electronicCommerce | false |
      And these SoA entries:
        | control  | applicable | justification                     |
        | A.11.7.2 | false      | Staff work in the office          |
        | A.10.9.1 | false      | The company sells nothing online  |
        | A.11.7.1 | false      | No laptops leave the building     |
      When it is assessed on 2026-11-29
      Then control A.11.7.2 is expected because "teleworking"
      And the Statement of Applicability raises only a minor nonconformity against A.11.7.2, naming "teleworking"
      And the finding against A.11.7.2 about A.11.7.2 points at $.organization.characteristics.teleworking
      And the Statement of Applicability raises no finding against A.10.9.1
      And the Statement of Applicability raises no finding against A.11.7.1

    @A.10.9.1 @A.11.7.1 @conforming
    Scenario: Exclusions of controls whose characteristic is false or not stated
      Given the organization's characteristics are:
        | electronicCommerce | false |
      And these SoA entries:
        | control  | applicable | justification                    |
        | A.10.9.1 | false      | The company sells nothing online |
        | A.11.7.1 | false      | No laptops leave the building    |
      When it is assessed on 2026-11-29
      Then control A.10.9.1 is not expected
      And control A.11.7.1 is not expected
      And the Statement of Applicability raises no finding against A.10.9.1
      And the Statement of Applicability raises no finding against A.11.7.1

    @A.10.7.1 @4.2.1.j.3 @nonconforming
    Scenario: A control excluded although a risk is treated with it is reported once, under clause 4.2.1 j)
      # The contradiction with the risk treatment is the clause 4.2.1 j) finding; it is not repeated against
      # the control. A risk accepted rather than treated with controls makes no control expected.
      Given these risks:
        | id  | assetIds | threat      | vulnerability   | affects           | impactDescription | impact | likelihood | level | treatment      | controls   | owner |
        | R-1 | [AST-DB] | Data theft  | USB sticks      | [confidentiality] | Customer data out | 4      | 3          | 12    | apply-controls | [A.10.7.1] | P-OPS |
        | R-2 | [AST-DB] | Stolen kit  | Laptops carried | [confidentiality] | Customer data out | 2      | 2          | 4     | accept         | [A.11.7.1] | P-OPS |
      And these SoA entries:
        | control  | applicable | justification                 |
        | A.10.7.1 | false      | Removable media are not used  |
        | A.11.7.1 | false      | No laptops leave the building |
      When it is assessed on 2026-11-29
      Then control A.10.7.1 is expected because "risk R-1"
      And control A.11.7.1 is not expected
      And the only finding against 4.2.1.j.3 is a minor nonconformity about A.10.7.1
      And the Statement of Applicability raises no finding against A.10.7.1
      And the Statement of Applicability raises no finding against A.11.7.1

  Rule: A selected control that is not yet implemented is planned in the risk treatment plan, with an owner and a due date

    @A.10.10.1 @A.10.10.2 @A.10.10.3 @nonconforming
    Scenario: Unimplemented controls without a treatment plan item, with an incomplete one, with only a cancelled one
      Given these SoA entries:
        | control   | applicable | reason         | status          |
        | A.10.5.1  | true       | Always applies | planned         |
        | A.10.10.1 | true       | Always applies | partial         |
        | A.10.10.2 | true       | Always applies | not-implemented |
        | A.10.10.3 | true       | Always applies | planned         |
      And these treatment plan items:
        | id   | controlIds  | action                 | owner | dueOn      | status    |
        | TP-1 | [A.10.5.1]  | Automate the backups   | P-OPS | 2027-03-31 | open      |
        | TP-2 | [A.10.10.2] | Deploy log monitoring  |       | 2027-03-31 | open      |
        | TP-3 | [A.10.10.3] | Write-once log storage | P-OPS | 2027-06-30 | cancelled |
      When it is assessed on 2026-11-29
      Then the Statement of Applicability raises no finding against A.10.5.1
      And the Statement of Applicability raises only a minor nonconformity against A.10.10.1, naming "no treatment plan item names it"
      And the Statement of Applicability raises only a minor nonconformity against A.10.10.2, naming "TP-2 has no owner"
      And the finding against A.10.10.2 about A.10.10.2 points at $.treatmentPlan[1].owner
      And the Statement of Applicability raises only a minor nonconformity against A.10.10.3, naming "no treatment plan item names it"

    @A.10.10.1 @conforming
    Scenario: Without a treatment plan in the snapshot, unimplemented controls are not reported one by one
      # The missing treatment plan is the root cause, reported once by the treatment plan checks.
      Given these SoA entries:
        | control   | applicable | reason         | status  |
        | A.10.10.1 | true       | Always applies | partial |
      When it is assessed on 2026-11-29
      Then the Statement of Applicability raises no finding against A.10.10.1

  Rule: An implemented control has an owner and an effectiveness measure

    @A.8.1.1 @A.8.2.1 @A.8.2.3 @nonconforming
    Scenario: Implemented controls without owner, without effectiveness measure, without either
      Given these SoA entries:
        | control | applicable | reason         | status      | owner  | effectivenessMeasure          |
        | A.8.2.2 | true       | Always applies | implemented | P-CISO | "Share of staff trained"      |
        | A.8.2.1 | true       | Always applies | implemented |        | "Policy acknowledgements"     |
        | A.8.2.3 | true       | Always applies | implemented | P-CISO |                               |
        | A.8.1.1 | true       | Always applies | implemented |        |                               |
        | A.8.3.1 | true       | Always applies | planned     |        |                               |
      And these treatment plan items:
        | id   | controlIds | action                 | owner | dueOn      | status |
        | TP-1 | [A.8.3.1]  | Leaver checklist       | P-OPS | 2027-03-31 | open   |
      When it is assessed on 2026-11-29
      Then the Statement of Applicability raises no finding against A.8.2.2
      And the Statement of Applicability raises only a minor nonconformity against A.8.2.1, naming "has no owner"
      And the finding against A.8.2.1 about A.8.2.1 points at $.statementOfApplicability.entries[1].owner
      And the Statement of Applicability raises only a minor nonconformity against A.8.2.3, naming "has no effectiveness measure"
      And the Statement of Applicability raises only a minor nonconformity against A.8.1.1, naming "has no owner and no effectiveness measure"
      And the Statement of Applicability raises no finding against A.8.3.1

  Rule: Every result carries the computed Statement of Applicability

    @A.11.7.2 @4.2.1.j.3 @nonconforming
    Scenario: The computed SoA says for each control whether it is expected and why, what the SoA declares, and the findings
      Given the organization's characteristics are:
        | teleworking        | true  |
        | electronicCommerce | false |
      And these risks:
        | id  | assetIds | threat     | vulnerability   | affects           | impactDescription | impact | likelihood | level | treatment      | controls             | owner |
        | R-1 | [AST-DB] | Data theft | USB sticks      | [confidentiality] | Customer data out | 4      | 3          | 12    | apply-controls | [A.10.7.1, A.11.7.2] | P-OPS |
        | R-2 | [AST-DB] | Stolen kit | Laptops carried | [confidentiality] | Customer data out | 2      | 2          | 4     | accept         | [A.11.7.1]           | P-OPS |
      And these treatment plan items:
        | id   | riskIds | controlIds | action              | owner | dueOn      | status |
        | TP-1 | [R-1]   | [A.10.7.1] | Block USB storage   | P-OPS | 2027-03-31 | open   |
      And these SoA entries:
        | control  | applicable | reason         | status      | owner  | effectivenessMeasure   | justification                    | riskIds |
        | A.5.1.1  | true       | Always applies | implemented | P-CISO | "Annual policy review" |                                  |         |
        | A.10.7.1 | true       | Risk R-1       | planned     |        |                        |                                  | [R-1]   |
        | A.11.7.2 | false      |                |             |        |                        | Staff work in the office         |         |
        | A.10.9.1 | false      |                |             |        |                        | The company sells nothing online |         |
      When it is assessed on 2026-11-29
      Then the computed statement of applicability shows:
        | control  | expected | reasons               | declared                                   | SoA findings        |
        | A.5.1.1  | true     | always                | selected, implemented                      |                     |
        | A.10.7.1 | true     | risk R-1              | selected, planned                          |                     |
        | A.11.7.2 | true     | teleworking, risk R-1 | excluded: Staff work in the office         | 4.2.1.j.3, A.11.7.2 |
        | A.10.9.1 | false    |                       | excluded: The company sells nothing online |                     |
        | A.11.7.1 | false    |                       | not in SoA                                 | 4.2.1.j.1           |
        | A.15.3.1 | true     | always                | not in SoA                                 | 4.2.1.j.1           |
      And the computed statement of applicability counts 86 expected, 2 selected, 2 excluded, 1 contradicted and 129 not in the SoA

  Rule: Each of the 133 controls - expected of every organization or from a characteristic, selected or excluded

    Scenario Outline: <control>, expected of every organization, is selected, implemented, owned and measured
      Given these SoA entries:
        | control   | applicable | reason         | status      | owner  | effectivenessMeasure     |
        | <control> | true       | Always applies | implemented | P-CISO | "Reviewed at each audit" |
      When it is assessed on 2026-11-29
      Then control <control> is expected because "always"
      And the Statement of Applicability raises no finding against <control>

    @A.5.1.1 @conforming
    Examples: A.5.1.1 Information security policy document
      | control |
      | A.5.1.1 |

    @A.5.1.2 @conforming
    Examples: A.5.1.2 Review of the information security policy
      | control |
      | A.5.1.2 |

    @A.6.1.1 @conforming
    Examples: A.6.1.1 Management commitment to information security
      | control |
      | A.6.1.1 |

    @A.6.1.2 @conforming
    Examples: A.6.1.2 Information security co-ordination
      | control |
      | A.6.1.2 |

    @A.6.1.3 @conforming
    Examples: A.6.1.3 Allocation of information security responsibilities
      | control |
      | A.6.1.3 |

    @A.6.1.4 @conforming
    Examples: A.6.1.4 Authorization process for information processing facilities
      | control |
      | A.6.1.4 |

    @A.6.1.5 @conforming
    Examples: A.6.1.5 Confidentiality agreements
      | control |
      | A.6.1.5 |

    @A.6.1.6 @conforming
    Examples: A.6.1.6 Contact with authorities
      | control |
      | A.6.1.6 |

    @A.6.1.7 @conforming
    Examples: A.6.1.7 Contact with special interest groups
      | control |
      | A.6.1.7 |

    @A.6.1.8 @conforming
    Examples: A.6.1.8 Independent review of information security
      | control |
      | A.6.1.8 |

    @A.7.1.1 @conforming
    Examples: A.7.1.1 Inventory of assets
      | control |
      | A.7.1.1 |

    @A.7.1.2 @conforming
    Examples: A.7.1.2 Ownership of assets
      | control |
      | A.7.1.2 |

    @A.7.1.3 @conforming
    Examples: A.7.1.3 Acceptable use of assets
      | control |
      | A.7.1.3 |

    @A.7.2.1 @conforming
    Examples: A.7.2.1 Classification guidelines
      | control |
      | A.7.2.1 |

    @A.7.2.2 @conforming
    Examples: A.7.2.2 Information labelling and handling
      | control |
      | A.7.2.2 |

    @A.8.1.1 @conforming
    Examples: A.8.1.1 Roles and responsibilities
      | control |
      | A.8.1.1 |

    @A.8.1.2 @conforming
    Examples: A.8.1.2 Screening
      | control |
      | A.8.1.2 |

    @A.8.1.3 @conforming
    Examples: A.8.1.3 Terms and conditions of employment
      | control |
      | A.8.1.3 |

    @A.8.2.1 @conforming
    Examples: A.8.2.1 Management responsibilities
      | control |
      | A.8.2.1 |

    @A.8.2.2 @conforming
    Examples: A.8.2.2 Information security awareness, education and training
      | control |
      | A.8.2.2 |

    @A.8.2.3 @conforming
    Examples: A.8.2.3 Disciplinary process
      | control |
      | A.8.2.3 |

    @A.8.3.1 @conforming
    Examples: A.8.3.1 Termination responsibilities
      | control |
      | A.8.3.1 |

    @A.8.3.2 @conforming
    Examples: A.8.3.2 Return of assets
      | control |
      | A.8.3.2 |

    @A.8.3.3 @conforming
    Examples: A.8.3.3 Removal of access rights
      | control |
      | A.8.3.3 |

    @A.9.2.1 @conforming
    Examples: A.9.2.1 Equipment siting and protection
      | control |
      | A.9.2.1 |

    @A.9.2.4 @conforming
    Examples: A.9.2.4 Equipment maintenance
      | control |
      | A.9.2.4 |

    @A.9.2.6 @conforming
    Examples: A.9.2.6 Secure disposal or re-use of equipment
      | control |
      | A.9.2.6 |

    @A.9.2.7 @conforming
    Examples: A.9.2.7 Removal of property
      | control |
      | A.9.2.7 |

    @A.10.1.1 @conforming
    Examples: A.10.1.1 Documented operating procedures
      | control  |
      | A.10.1.1 |

    @A.10.1.2 @conforming
    Examples: A.10.1.2 Change management
      | control  |
      | A.10.1.2 |

    @A.10.1.3 @conforming
    Examples: A.10.1.3 Segregation of duties
      | control  |
      | A.10.1.3 |

    @A.10.3.1 @conforming
    Examples: A.10.3.1 Capacity management
      | control  |
      | A.10.3.1 |

    @A.10.3.2 @conforming
    Examples: A.10.3.2 System acceptance
      | control  |
      | A.10.3.2 |

    @A.10.4.1 @conforming
    Examples: A.10.4.1 Controls against malicious code
      | control  |
      | A.10.4.1 |

    @A.10.5.1 @conforming
    Examples: A.10.5.1 Information back-up
      | control  |
      | A.10.5.1 |

    @A.10.7.2 @conforming
    Examples: A.10.7.2 Disposal of media
      | control  |
      | A.10.7.2 |

    @A.10.7.3 @conforming
    Examples: A.10.7.3 Information handling procedures
      | control  |
      | A.10.7.3 |

    @A.10.7.4 @conforming
    Examples: A.10.7.4 Security of system documentation
      | control  |
      | A.10.7.4 |

    @A.10.8.1 @conforming
    Examples: A.10.8.1 Information exchange policies and procedures
      | control  |
      | A.10.8.1 |

    @A.10.10.1 @conforming
    Examples: A.10.10.1 Audit logging
      | control   |
      | A.10.10.1 |

    @A.10.10.2 @conforming
    Examples: A.10.10.2 Monitoring system use
      | control   |
      | A.10.10.2 |

    @A.10.10.3 @conforming
    Examples: A.10.10.3 Protection of log information
      | control   |
      | A.10.10.3 |

    @A.10.10.4 @conforming
    Examples: A.10.10.4 Administrator and operator logs
      | control   |
      | A.10.10.4 |

    @A.10.10.5 @conforming
    Examples: A.10.10.5 Fault logging
      | control   |
      | A.10.10.5 |

    @A.10.10.6 @conforming
    Examples: A.10.10.6 Clock synchronization
      | control   |
      | A.10.10.6 |

    @A.11.1.1 @conforming
    Examples: A.11.1.1 Access control policy
      | control  |
      | A.11.1.1 |

    @A.11.2.1 @conforming
    Examples: A.11.2.1 User registration
      | control  |
      | A.11.2.1 |

    @A.11.2.2 @conforming
    Examples: A.11.2.2 Privilege management
      | control  |
      | A.11.2.2 |

    @A.11.2.3 @conforming
    Examples: A.11.2.3 User password management
      | control  |
      | A.11.2.3 |

    @A.11.2.4 @conforming
    Examples: A.11.2.4 Review of user access rights
      | control  |
      | A.11.2.4 |

    @A.11.3.1 @conforming
    Examples: A.11.3.1 Password use
      | control  |
      | A.11.3.1 |

    @A.11.3.2 @conforming
    Examples: A.11.3.2 Unattended user equipment
      | control  |
      | A.11.3.2 |

    @A.11.3.3 @conforming
    Examples: A.11.3.3 Clear desk and clear screen policy
      | control  |
      | A.11.3.3 |

    @A.11.5.1 @conforming
    Examples: A.11.5.1 Secure log-on procedures
      | control  |
      | A.11.5.1 |

    @A.11.5.2 @conforming
    Examples: A.11.5.2 User identification and authentication
      | control  |
      | A.11.5.2 |

    @A.11.5.3 @conforming
    Examples: A.11.5.3 Password management system
      | control  |
      | A.11.5.3 |

    @A.11.5.4 @conforming
    Examples: A.11.5.4 Use of system utilities
      | control  |
      | A.11.5.4 |

    @A.11.5.5 @conforming
    Examples: A.11.5.5 Session time-out
      | control  |
      | A.11.5.5 |

    @A.11.6.1 @conforming
    Examples: A.11.6.1 Information access restriction
      | control  |
      | A.11.6.1 |

    @A.12.1.1 @conforming
    Examples: A.12.1.1 Security requirements analysis and specification
      | control  |
      | A.12.1.1 |

    @A.12.3.1 @conforming
    Examples: A.12.3.1 Policy on the use of cryptographic controls
      | control  |
      | A.12.3.1 |

    @A.12.4.1 @conforming
    Examples: A.12.4.1 Control of operational software
      | control  |
      | A.12.4.1 |

    @A.12.5.1 @conforming
    Examples: A.12.5.1 Change control procedures
      | control  |
      | A.12.5.1 |

    @A.12.5.2 @conforming
    Examples: A.12.5.2 Technical review of applications after operating system changes
      | control  |
      | A.12.5.2 |

    @A.12.5.3 @conforming
    Examples: A.12.5.3 Restrictions on changes to software packages
      | control  |
      | A.12.5.3 |

    @A.12.5.4 @conforming
    Examples: A.12.5.4 Information leakage
      | control  |
      | A.12.5.4 |

    @A.12.6.1 @conforming
    Examples: A.12.6.1 Control of technical vulnerabilities
      | control  |
      | A.12.6.1 |

    @A.13.1.1 @conforming
    Examples: A.13.1.1 Reporting information security events
      | control  |
      | A.13.1.1 |

    @A.13.1.2 @conforming
    Examples: A.13.1.2 Reporting security weaknesses
      | control  |
      | A.13.1.2 |

    @A.13.2.1 @conforming
    Examples: A.13.2.1 Responsibilities and procedures
      | control  |
      | A.13.2.1 |

    @A.13.2.2 @conforming
    Examples: A.13.2.2 Learning from information security incidents
      | control  |
      | A.13.2.2 |

    @A.13.2.3 @conforming
    Examples: A.13.2.3 Collection of evidence
      | control  |
      | A.13.2.3 |

    @A.14.1.1 @conforming
    Examples: A.14.1.1 Including information security in the business continuity management process
      | control  |
      | A.14.1.1 |

    @A.14.1.2 @conforming
    Examples: A.14.1.2 Business continuity and risk assessment
      | control  |
      | A.14.1.2 |

    @A.14.1.3 @conforming
    Examples: A.14.1.3 Developing and implementing continuity plans including information security
      | control  |
      | A.14.1.3 |

    @A.14.1.4 @conforming
    Examples: A.14.1.4 Business continuity planning framework
      | control  |
      | A.14.1.4 |

    @A.14.1.5 @conforming
    Examples: A.14.1.5 Testing, maintaining and re-assessing business continuity plans
      | control  |
      | A.14.1.5 |

    @A.15.1.1 @conforming
    Examples: A.15.1.1 Identification of applicable legislation
      | control  |
      | A.15.1.1 |

    @A.15.1.2 @conforming
    Examples: A.15.1.2 Intellectual property rights (IPR)
      | control  |
      | A.15.1.2 |

    @A.15.1.3 @conforming
    Examples: A.15.1.3 Protection of organizational records
      | control  |
      | A.15.1.3 |

    @A.15.1.5 @conforming
    Examples: A.15.1.5 Prevention of misuse of information processing facilities
      | control  |
      | A.15.1.5 |

    @A.15.2.1 @conforming
    Examples: A.15.2.1 Compliance with security policies and standards
      | control  |
      | A.15.2.1 |

    @A.15.2.2 @conforming
    Examples: A.15.2.2 Technical compliance checking
      | control  |
      | A.15.2.2 |

    @A.15.3.1 @conforming
    Examples: A.15.3.1 Information systems audit controls
      | control  |
      | A.15.3.1 |

    Scenario Outline: <control>, expected of every organization, is excluded
      Given the organization's characteristics are:
        | electronicCommerce | false |
      And these SoA entries:
        | control   | applicable | justification                    |
        | <control> | false      | Not relevant to our business     |
        | A.10.9.1  | false      | The company sells nothing online |
      When it is assessed on 2026-11-29
      Then control <control> is expected because "always"
      And the Statement of Applicability raises only a minor nonconformity against <control>, naming "always"
      And the Statement of Applicability raises no finding against A.10.9.1

    @A.5.1.1 @nonconforming
    Examples: A.5.1.1 Information security policy document
      | control |
      | A.5.1.1 |

    @A.5.1.2 @nonconforming
    Examples: A.5.1.2 Review of the information security policy
      | control |
      | A.5.1.2 |

    @A.6.1.1 @nonconforming
    Examples: A.6.1.1 Management commitment to information security
      | control |
      | A.6.1.1 |

    @A.6.1.2 @nonconforming
    Examples: A.6.1.2 Information security co-ordination
      | control |
      | A.6.1.2 |

    @A.6.1.3 @nonconforming
    Examples: A.6.1.3 Allocation of information security responsibilities
      | control |
      | A.6.1.3 |

    @A.6.1.4 @nonconforming
    Examples: A.6.1.4 Authorization process for information processing facilities
      | control |
      | A.6.1.4 |

    @A.6.1.5 @nonconforming
    Examples: A.6.1.5 Confidentiality agreements
      | control |
      | A.6.1.5 |

    @A.6.1.6 @nonconforming
    Examples: A.6.1.6 Contact with authorities
      | control |
      | A.6.1.6 |

    @A.6.1.7 @nonconforming
    Examples: A.6.1.7 Contact with special interest groups
      | control |
      | A.6.1.7 |

    @A.6.1.8 @nonconforming
    Examples: A.6.1.8 Independent review of information security
      | control |
      | A.6.1.8 |

    @A.7.1.1 @nonconforming
    Examples: A.7.1.1 Inventory of assets
      | control |
      | A.7.1.1 |

    @A.7.1.2 @nonconforming
    Examples: A.7.1.2 Ownership of assets
      | control |
      | A.7.1.2 |

    @A.7.1.3 @nonconforming
    Examples: A.7.1.3 Acceptable use of assets
      | control |
      | A.7.1.3 |

    @A.7.2.1 @nonconforming
    Examples: A.7.2.1 Classification guidelines
      | control |
      | A.7.2.1 |

    @A.7.2.2 @nonconforming
    Examples: A.7.2.2 Information labelling and handling
      | control |
      | A.7.2.2 |

    @A.8.1.1 @nonconforming
    Examples: A.8.1.1 Roles and responsibilities
      | control |
      | A.8.1.1 |

    @A.8.1.2 @nonconforming
    Examples: A.8.1.2 Screening
      | control |
      | A.8.1.2 |

    @A.8.1.3 @nonconforming
    Examples: A.8.1.3 Terms and conditions of employment
      | control |
      | A.8.1.3 |

    @A.8.2.1 @nonconforming
    Examples: A.8.2.1 Management responsibilities
      | control |
      | A.8.2.1 |

    @A.8.2.2 @nonconforming
    Examples: A.8.2.2 Information security awareness, education and training
      | control |
      | A.8.2.2 |

    @A.8.2.3 @nonconforming
    Examples: A.8.2.3 Disciplinary process
      | control |
      | A.8.2.3 |

    @A.8.3.1 @nonconforming
    Examples: A.8.3.1 Termination responsibilities
      | control |
      | A.8.3.1 |

    @A.8.3.2 @nonconforming
    Examples: A.8.3.2 Return of assets
      | control |
      | A.8.3.2 |

    @A.8.3.3 @nonconforming
    Examples: A.8.3.3 Removal of access rights
      | control |
      | A.8.3.3 |

    @A.9.2.1 @nonconforming
    Examples: A.9.2.1 Equipment siting and protection
      | control |
      | A.9.2.1 |

    @A.9.2.4 @nonconforming
    Examples: A.9.2.4 Equipment maintenance
      | control |
      | A.9.2.4 |

    @A.9.2.6 @nonconforming
    Examples: A.9.2.6 Secure disposal or re-use of equipment
      | control |
      | A.9.2.6 |

    @A.9.2.7 @nonconforming
    Examples: A.9.2.7 Removal of property
      | control |
      | A.9.2.7 |

    @A.10.1.1 @nonconforming
    Examples: A.10.1.1 Documented operating procedures
      | control  |
      | A.10.1.1 |

    @A.10.1.2 @nonconforming
    Examples: A.10.1.2 Change management
      | control  |
      | A.10.1.2 |

    @A.10.1.3 @nonconforming
    Examples: A.10.1.3 Segregation of duties
      | control  |
      | A.10.1.3 |

    @A.10.3.1 @nonconforming
    Examples: A.10.3.1 Capacity management
      | control  |
      | A.10.3.1 |

    @A.10.3.2 @nonconforming
    Examples: A.10.3.2 System acceptance
      | control  |
      | A.10.3.2 |

    @A.10.4.1 @nonconforming
    Examples: A.10.4.1 Controls against malicious code
      | control  |
      | A.10.4.1 |

    @A.10.5.1 @nonconforming
    Examples: A.10.5.1 Information back-up
      | control  |
      | A.10.5.1 |

    @A.10.7.2 @nonconforming
    Examples: A.10.7.2 Disposal of media
      | control  |
      | A.10.7.2 |

    @A.10.7.3 @nonconforming
    Examples: A.10.7.3 Information handling procedures
      | control  |
      | A.10.7.3 |

    @A.10.7.4 @nonconforming
    Examples: A.10.7.4 Security of system documentation
      | control  |
      | A.10.7.4 |

    @A.10.8.1 @nonconforming
    Examples: A.10.8.1 Information exchange policies and procedures
      | control  |
      | A.10.8.1 |

    @A.10.10.1 @nonconforming
    Examples: A.10.10.1 Audit logging
      | control   |
      | A.10.10.1 |

    @A.10.10.2 @nonconforming
    Examples: A.10.10.2 Monitoring system use
      | control   |
      | A.10.10.2 |

    @A.10.10.3 @nonconforming
    Examples: A.10.10.3 Protection of log information
      | control   |
      | A.10.10.3 |

    @A.10.10.4 @nonconforming
    Examples: A.10.10.4 Administrator and operator logs
      | control   |
      | A.10.10.4 |

    @A.10.10.5 @nonconforming
    Examples: A.10.10.5 Fault logging
      | control   |
      | A.10.10.5 |

    @A.10.10.6 @nonconforming
    Examples: A.10.10.6 Clock synchronization
      | control   |
      | A.10.10.6 |

    @A.11.1.1 @nonconforming
    Examples: A.11.1.1 Access control policy
      | control  |
      | A.11.1.1 |

    @A.11.2.1 @nonconforming
    Examples: A.11.2.1 User registration
      | control  |
      | A.11.2.1 |

    @A.11.2.2 @nonconforming
    Examples: A.11.2.2 Privilege management
      | control  |
      | A.11.2.2 |

    @A.11.2.3 @nonconforming
    Examples: A.11.2.3 User password management
      | control  |
      | A.11.2.3 |

    @A.11.2.4 @nonconforming
    Examples: A.11.2.4 Review of user access rights
      | control  |
      | A.11.2.4 |

    @A.11.3.1 @nonconforming
    Examples: A.11.3.1 Password use
      | control  |
      | A.11.3.1 |

    @A.11.3.2 @nonconforming
    Examples: A.11.3.2 Unattended user equipment
      | control  |
      | A.11.3.2 |

    @A.11.3.3 @nonconforming
    Examples: A.11.3.3 Clear desk and clear screen policy
      | control  |
      | A.11.3.3 |

    @A.11.5.1 @nonconforming
    Examples: A.11.5.1 Secure log-on procedures
      | control  |
      | A.11.5.1 |

    @A.11.5.2 @nonconforming
    Examples: A.11.5.2 User identification and authentication
      | control  |
      | A.11.5.2 |

    @A.11.5.3 @nonconforming
    Examples: A.11.5.3 Password management system
      | control  |
      | A.11.5.3 |

    @A.11.5.4 @nonconforming
    Examples: A.11.5.4 Use of system utilities
      | control  |
      | A.11.5.4 |

    @A.11.5.5 @nonconforming
    Examples: A.11.5.5 Session time-out
      | control  |
      | A.11.5.5 |

    @A.11.6.1 @nonconforming
    Examples: A.11.6.1 Information access restriction
      | control  |
      | A.11.6.1 |

    @A.12.1.1 @nonconforming
    Examples: A.12.1.1 Security requirements analysis and specification
      | control  |
      | A.12.1.1 |

    @A.12.3.1 @nonconforming
    Examples: A.12.3.1 Policy on the use of cryptographic controls
      | control  |
      | A.12.3.1 |

    @A.12.4.1 @nonconforming
    Examples: A.12.4.1 Control of operational software
      | control  |
      | A.12.4.1 |

    @A.12.5.1 @nonconforming
    Examples: A.12.5.1 Change control procedures
      | control  |
      | A.12.5.1 |

    @A.12.5.2 @nonconforming
    Examples: A.12.5.2 Technical review of applications after operating system changes
      | control  |
      | A.12.5.2 |

    @A.12.5.3 @nonconforming
    Examples: A.12.5.3 Restrictions on changes to software packages
      | control  |
      | A.12.5.3 |

    @A.12.5.4 @nonconforming
    Examples: A.12.5.4 Information leakage
      | control  |
      | A.12.5.4 |

    @A.12.6.1 @nonconforming
    Examples: A.12.6.1 Control of technical vulnerabilities
      | control  |
      | A.12.6.1 |

    @A.13.1.1 @nonconforming
    Examples: A.13.1.1 Reporting information security events
      | control  |
      | A.13.1.1 |

    @A.13.1.2 @nonconforming
    Examples: A.13.1.2 Reporting security weaknesses
      | control  |
      | A.13.1.2 |

    @A.13.2.1 @nonconforming
    Examples: A.13.2.1 Responsibilities and procedures
      | control  |
      | A.13.2.1 |

    @A.13.2.2 @nonconforming
    Examples: A.13.2.2 Learning from information security incidents
      | control  |
      | A.13.2.2 |

    @A.13.2.3 @nonconforming
    Examples: A.13.2.3 Collection of evidence
      | control  |
      | A.13.2.3 |

    @A.14.1.1 @nonconforming
    Examples: A.14.1.1 Including information security in the business continuity management process
      | control  |
      | A.14.1.1 |

    @A.14.1.2 @nonconforming
    Examples: A.14.1.2 Business continuity and risk assessment
      | control  |
      | A.14.1.2 |

    @A.14.1.3 @nonconforming
    Examples: A.14.1.3 Developing and implementing continuity plans including information security
      | control  |
      | A.14.1.3 |

    @A.14.1.4 @nonconforming
    Examples: A.14.1.4 Business continuity planning framework
      | control  |
      | A.14.1.4 |

    @A.14.1.5 @nonconforming
    Examples: A.14.1.5 Testing, maintaining and re-assessing business continuity plans
      | control  |
      | A.14.1.5 |

    @A.15.1.1 @nonconforming
    Examples: A.15.1.1 Identification of applicable legislation
      | control  |
      | A.15.1.1 |

    @A.15.1.2 @nonconforming
    Examples: A.15.1.2 Intellectual property rights (IPR)
      | control  |
      | A.15.1.2 |

    @A.15.1.3 @nonconforming
    Examples: A.15.1.3 Protection of organizational records
      | control  |
      | A.15.1.3 |

    @A.15.1.5 @nonconforming
    Examples: A.15.1.5 Prevention of misuse of information processing facilities
      | control  |
      | A.15.1.5 |

    @A.15.2.1 @nonconforming
    Examples: A.15.2.1 Compliance with security policies and standards
      | control  |
      | A.15.2.1 |

    @A.15.2.2 @nonconforming
    Examples: A.15.2.2 Technical compliance checking
      | control  |
      | A.15.2.2 |

    @A.15.3.1 @nonconforming
    Examples: A.15.3.1 Information systems audit controls
      | control  |
      | A.15.3.1 |

    Scenario Outline: <control>, expected when the organization declares <characteristic>, is selected, implemented, owned and measured
      Given the organization's characteristics are:
        | <characteristic>      | true  |
        | <otherCharacteristic> | false |
      And these SoA entries:
        | control   | applicable | reason                      | status      | owner  | effectivenessMeasure     | justification              |
        | <control> | true       | Because of <characteristic> | implemented | P-CISO | "Reviewed at each audit" |                            |
        | <other>   | false      |                             |             |        |                          | Not part of our activities |
      When it is assessed on 2026-11-29
      Then control <control> is expected because "<characteristic>"
      And the Statement of Applicability raises no finding against <control>
      And control <other> is not expected

    @A.6.2.1 @conforming
    Examples: A.6.2.1 Identification of risks related to external parties
      | control | characteristic  | other    | otherCharacteristic |
      | A.6.2.1 | externalParties | A.10.9.1 | electronicCommerce  |

    @A.6.2.2 @conforming
    Examples: A.6.2.2 Addressing security when dealing with customers
      | control | characteristic | other    | otherCharacteristic |
      | A.6.2.2 | customerAccess | A.10.9.1 | electronicCommerce  |

    @A.6.2.3 @conforming
    Examples: A.6.2.3 Addressing security in third party agreements
      | control | characteristic  | other    | otherCharacteristic |
      | A.6.2.3 | externalParties | A.10.9.1 | electronicCommerce  |

    @A.9.1.1 @conforming
    Examples: A.9.1.1 Physical security perimeter
      | control | characteristic | other    | otherCharacteristic |
      | A.9.1.1 | premises       | A.10.9.1 | electronicCommerce  |

    @A.9.1.2 @conforming
    Examples: A.9.1.2 Physical entry controls
      | control | characteristic | other    | otherCharacteristic |
      | A.9.1.2 | premises       | A.10.9.1 | electronicCommerce  |

    @A.9.1.3 @conforming
    Examples: A.9.1.3 Securing offices, rooms and facilities
      | control | characteristic | other    | otherCharacteristic |
      | A.9.1.3 | premises       | A.10.9.1 | electronicCommerce  |

    @A.9.1.4 @conforming
    Examples: A.9.1.4 Protecting against external and environmental threats
      | control | characteristic | other    | otherCharacteristic |
      | A.9.1.4 | premises       | A.10.9.1 | electronicCommerce  |

    @A.9.1.5 @conforming
    Examples: A.9.1.5 Working in secure areas
      | control | characteristic | other    | otherCharacteristic |
      | A.9.1.5 | premises       | A.10.9.1 | electronicCommerce  |

    @A.9.1.6 @conforming
    Examples: A.9.1.6 Public access, delivery and loading areas
      | control | characteristic    | other    | otherCharacteristic |
      | A.9.1.6 | publicAccessAreas | A.10.9.1 | electronicCommerce  |

    @A.9.2.2 @conforming
    Examples: A.9.2.2 Supporting utilities
      | control | characteristic | other    | otherCharacteristic |
      | A.9.2.2 | premises       | A.10.9.1 | electronicCommerce  |

    @A.9.2.3 @conforming
    Examples: A.9.2.3 Cabling security
      | control | characteristic | other    | otherCharacteristic |
      | A.9.2.3 | premises       | A.10.9.1 | electronicCommerce  |

    @A.9.2.5 @conforming
    Examples: A.9.2.5 Security of equipment off-premises
      | control | characteristic       | other    | otherCharacteristic |
      | A.9.2.5 | equipmentOffPremises | A.10.9.1 | electronicCommerce  |

    @A.10.1.4 @conforming
    Examples: A.10.1.4 Separation of development, test and operational facilities
      | control  | characteristic      | other    | otherCharacteristic |
      | A.10.1.4 | softwareDevelopment | A.10.9.1 | electronicCommerce  |

    @A.10.2.1 @conforming
    Examples: A.10.2.1 Service delivery
      | control  | characteristic     | other    | otherCharacteristic |
      | A.10.2.1 | outsourcedServices | A.10.9.1 | electronicCommerce  |

    @A.10.2.2 @conforming
    Examples: A.10.2.2 Monitoring and review of third party services
      | control  | characteristic     | other    | otherCharacteristic |
      | A.10.2.2 | outsourcedServices | A.10.9.1 | electronicCommerce  |

    @A.10.2.3 @conforming
    Examples: A.10.2.3 Managing changes to third party services
      | control  | characteristic     | other    | otherCharacteristic |
      | A.10.2.3 | outsourcedServices | A.10.9.1 | electronicCommerce  |

    @A.10.4.2 @conforming
    Examples: A.10.4.2 Controls against mobile code
      | control  | characteristic | other    | otherCharacteristic |
      | A.10.4.2 | mobileCode     | A.10.9.1 | electronicCommerce  |

    @A.10.6.1 @conforming
    Examples: A.10.6.1 Network controls
      | control  | characteristic | other    | otherCharacteristic |
      | A.10.6.1 | networks       | A.10.9.1 | electronicCommerce  |

    @A.10.6.2 @conforming
    Examples: A.10.6.2 Security of network services
      | control  | characteristic | other    | otherCharacteristic |
      | A.10.6.2 | networks       | A.10.9.1 | electronicCommerce  |

    @A.10.7.1 @conforming
    Examples: A.10.7.1 Management of removable media
      | control  | characteristic | other    | otherCharacteristic |
      | A.10.7.1 | removableMedia | A.10.9.1 | electronicCommerce  |

    @A.10.8.2 @conforming
    Examples: A.10.8.2 Exchange agreements
      | control  | characteristic  | other    | otherCharacteristic |
      | A.10.8.2 | externalParties | A.10.9.1 | electronicCommerce  |

    @A.10.8.3 @conforming
    Examples: A.10.8.3 Physical media in transit
      | control  | characteristic         | other    | otherCharacteristic |
      | A.10.8.3 | physicalMediaTransport | A.10.9.1 | electronicCommerce  |

    @A.10.8.4 @conforming
    Examples: A.10.8.4 Electronic messaging
      | control  | characteristic      | other    | otherCharacteristic |
      | A.10.8.4 | electronicMessaging | A.10.9.1 | electronicCommerce  |

    @A.10.8.5 @conforming
    Examples: A.10.8.5 Business information systems
      | control  | characteristic                | other    | otherCharacteristic |
      | A.10.8.5 | interconnectedBusinessSystems | A.10.9.1 | electronicCommerce  |

    @A.10.9.1 @conforming
    Examples: A.10.9.1 Electronic commerce
      | control  | characteristic     | other    | otherCharacteristic |
      | A.10.9.1 | electronicCommerce | A.11.7.2 | teleworking         |

    @A.10.9.2 @conforming
    Examples: A.10.9.2 On-line transactions
      | control  | characteristic     | other    | otherCharacteristic |
      | A.10.9.2 | onlineTransactions | A.10.9.1 | electronicCommerce  |

    @A.10.9.3 @conforming
    Examples: A.10.9.3 Publicly available information
      | control  | characteristic    | other    | otherCharacteristic |
      | A.10.9.3 | publicInformation | A.10.9.1 | electronicCommerce  |

    @A.11.4.1 @conforming
    Examples: A.11.4.1 Policy on use of network services
      | control  | characteristic | other    | otherCharacteristic |
      | A.11.4.1 | networks       | A.10.9.1 | electronicCommerce  |

    @A.11.4.2 @conforming
    Examples: A.11.4.2 User authentication for external connections
      | control  | characteristic | other    | otherCharacteristic |
      | A.11.4.2 | remoteAccess   | A.10.9.1 | electronicCommerce  |

    @A.11.4.3 @conforming
    Examples: A.11.4.3 Equipment identification in networks
      | control  | characteristic | other    | otherCharacteristic |
      | A.11.4.3 | networks       | A.10.9.1 | electronicCommerce  |

    @A.11.4.4 @conforming
    Examples: A.11.4.4 Remote diagnostic and configuration port protection
      | control  | characteristic        | other    | otherCharacteristic |
      | A.11.4.4 | remoteDiagnosticPorts | A.10.9.1 | electronicCommerce  |

    @A.11.4.5 @conforming
    Examples: A.11.4.5 Segregation in networks
      | control  | characteristic | other    | otherCharacteristic |
      | A.11.4.5 | networks       | A.10.9.1 | electronicCommerce  |

    @A.11.4.6 @conforming
    Examples: A.11.4.6 Network connection control
      | control  | characteristic | other    | otherCharacteristic |
      | A.11.4.6 | sharedNetworks | A.10.9.1 | electronicCommerce  |

    @A.11.4.7 @conforming
    Examples: A.11.4.7 Network routing control
      | control  | characteristic | other    | otherCharacteristic |
      | A.11.4.7 | sharedNetworks | A.10.9.1 | electronicCommerce  |

    @A.11.5.6 @conforming
    Examples: A.11.5.6 Limitation of connection time
      | control  | characteristic    | other    | otherCharacteristic |
      | A.11.5.6 | highRiskLocations | A.10.9.1 | electronicCommerce  |

    @A.11.6.2 @conforming
    Examples: A.11.6.2 Sensitive system isolation
      | control  | characteristic   | other    | otherCharacteristic |
      | A.11.6.2 | sensitiveSystems | A.10.9.1 | electronicCommerce  |

    @A.11.7.1 @conforming
    Examples: A.11.7.1 Mobile computing and communications
      | control  | characteristic  | other    | otherCharacteristic |
      | A.11.7.1 | mobileComputing | A.10.9.1 | electronicCommerce  |

    @A.11.7.2 @conforming
    Examples: A.11.7.2 Teleworking
      | control  | characteristic | other    | otherCharacteristic |
      | A.11.7.2 | teleworking    | A.10.9.1 | electronicCommerce  |

    @A.12.2.1 @conforming
    Examples: A.12.2.1 Input data validation
      | control  | characteristic      | other    | otherCharacteristic |
      | A.12.2.1 | softwareDevelopment | A.10.9.1 | electronicCommerce  |

    @A.12.2.2 @conforming
    Examples: A.12.2.2 Control of internal processing
      | control  | characteristic      | other    | otherCharacteristic |
      | A.12.2.2 | softwareDevelopment | A.10.9.1 | electronicCommerce  |

    @A.12.2.3 @conforming
    Examples: A.12.2.3 Message integrity
      | control  | characteristic      | other    | otherCharacteristic |
      | A.12.2.3 | softwareDevelopment | A.10.9.1 | electronicCommerce  |

    @A.12.2.4 @conforming
    Examples: A.12.2.4 Output data validation
      | control  | characteristic      | other    | otherCharacteristic |
      | A.12.2.4 | softwareDevelopment | A.10.9.1 | electronicCommerce  |

    @A.12.3.2 @conforming
    Examples: A.12.3.2 Key management
      | control  | characteristic | other    | otherCharacteristic |
      | A.12.3.2 | cryptography   | A.10.9.1 | electronicCommerce  |

    @A.12.4.2 @conforming
    Examples: A.12.4.2 Protection of system test data
      | control  | characteristic      | other    | otherCharacteristic |
      | A.12.4.2 | softwareDevelopment | A.10.9.1 | electronicCommerce  |

    @A.12.4.3 @conforming
    Examples: A.12.4.3 Access control to program source code
      | control  | characteristic      | other    | otherCharacteristic |
      | A.12.4.3 | softwareDevelopment | A.10.9.1 | electronicCommerce  |

    @A.12.5.5 @conforming
    Examples: A.12.5.5 Outsourced software development
      | control  | characteristic        | other    | otherCharacteristic |
      | A.12.5.5 | outsourcedDevelopment | A.10.9.1 | electronicCommerce  |

    @A.15.1.4 @conforming
    Examples: A.15.1.4 Data protection and privacy of personal information
      | control  | characteristic | other    | otherCharacteristic |
      | A.15.1.4 | personalData   | A.10.9.1 | electronicCommerce  |

    @A.15.1.6 @conforming
    Examples: A.15.1.6 Regulation of cryptographic controls
      | control  | characteristic | other    | otherCharacteristic |
      | A.15.1.6 | cryptography   | A.10.9.1 | electronicCommerce  |

    @A.15.3.2 @conforming
    Examples: A.15.3.2 Protection of information systems audit tools
      | control  | characteristic   | other    | otherCharacteristic |
      | A.15.3.2 | systemAuditTools | A.10.9.1 | electronicCommerce  |

    Scenario Outline: <control>, expected when the organization declares <characteristic>, is excluded
      Given the organization's characteristics are:
        | <characteristic>      | true  |
        | <otherCharacteristic> | false |
      And these SoA entries:
        | control   | applicable | justification              |
        | <control> | false      | Not part of our activities |
        | <other>   | false      | Not part of our activities |
      When it is assessed on 2026-11-29
      Then control <control> is expected because "<characteristic>"
      And the Statement of Applicability raises only a minor nonconformity against <control>, naming the characteristic <characteristic>
      And the Statement of Applicability raises no finding against <other>

    @A.6.2.1 @nonconforming
    Examples: A.6.2.1 Identification of risks related to external parties
      | control | characteristic  | other    | otherCharacteristic |
      | A.6.2.1 | externalParties | A.10.9.1 | electronicCommerce  |

    @A.6.2.2 @nonconforming
    Examples: A.6.2.2 Addressing security when dealing with customers
      | control | characteristic | other    | otherCharacteristic |
      | A.6.2.2 | customerAccess | A.10.9.1 | electronicCommerce  |

    @A.6.2.3 @nonconforming
    Examples: A.6.2.3 Addressing security in third party agreements
      | control | characteristic  | other    | otherCharacteristic |
      | A.6.2.3 | externalParties | A.10.9.1 | electronicCommerce  |

    @A.9.1.1 @nonconforming
    Examples: A.9.1.1 Physical security perimeter
      | control | characteristic | other    | otherCharacteristic |
      | A.9.1.1 | premises       | A.10.9.1 | electronicCommerce  |

    @A.9.1.2 @nonconforming
    Examples: A.9.1.2 Physical entry controls
      | control | characteristic | other    | otherCharacteristic |
      | A.9.1.2 | premises       | A.10.9.1 | electronicCommerce  |

    @A.9.1.3 @nonconforming
    Examples: A.9.1.3 Securing offices, rooms and facilities
      | control | characteristic | other    | otherCharacteristic |
      | A.9.1.3 | premises       | A.10.9.1 | electronicCommerce  |

    @A.9.1.4 @nonconforming
    Examples: A.9.1.4 Protecting against external and environmental threats
      | control | characteristic | other    | otherCharacteristic |
      | A.9.1.4 | premises       | A.10.9.1 | electronicCommerce  |

    @A.9.1.5 @nonconforming
    Examples: A.9.1.5 Working in secure areas
      | control | characteristic | other    | otherCharacteristic |
      | A.9.1.5 | premises       | A.10.9.1 | electronicCommerce  |

    @A.9.1.6 @nonconforming
    Examples: A.9.1.6 Public access, delivery and loading areas
      | control | characteristic    | other    | otherCharacteristic |
      | A.9.1.6 | publicAccessAreas | A.10.9.1 | electronicCommerce  |

    @A.9.2.2 @nonconforming
    Examples: A.9.2.2 Supporting utilities
      | control | characteristic | other    | otherCharacteristic |
      | A.9.2.2 | premises       | A.10.9.1 | electronicCommerce  |

    @A.9.2.3 @nonconforming
    Examples: A.9.2.3 Cabling security
      | control | characteristic | other    | otherCharacteristic |
      | A.9.2.3 | premises       | A.10.9.1 | electronicCommerce  |

    @A.9.2.5 @nonconforming
    Examples: A.9.2.5 Security of equipment off-premises
      | control | characteristic       | other    | otherCharacteristic |
      | A.9.2.5 | equipmentOffPremises | A.10.9.1 | electronicCommerce  |

    @A.10.1.4 @nonconforming
    Examples: A.10.1.4 Separation of development, test and operational facilities
      | control  | characteristic      | other    | otherCharacteristic |
      | A.10.1.4 | softwareDevelopment | A.10.9.1 | electronicCommerce  |

    @A.10.2.1 @nonconforming
    Examples: A.10.2.1 Service delivery
      | control  | characteristic     | other    | otherCharacteristic |
      | A.10.2.1 | outsourcedServices | A.10.9.1 | electronicCommerce  |

    @A.10.2.2 @nonconforming
    Examples: A.10.2.2 Monitoring and review of third party services
      | control  | characteristic     | other    | otherCharacteristic |
      | A.10.2.2 | outsourcedServices | A.10.9.1 | electronicCommerce  |

    @A.10.2.3 @nonconforming
    Examples: A.10.2.3 Managing changes to third party services
      | control  | characteristic     | other    | otherCharacteristic |
      | A.10.2.3 | outsourcedServices | A.10.9.1 | electronicCommerce  |

    @A.10.4.2 @nonconforming
    Examples: A.10.4.2 Controls against mobile code
      | control  | characteristic | other    | otherCharacteristic |
      | A.10.4.2 | mobileCode     | A.10.9.1 | electronicCommerce  |

    @A.10.6.1 @nonconforming
    Examples: A.10.6.1 Network controls
      | control  | characteristic | other    | otherCharacteristic |
      | A.10.6.1 | networks       | A.10.9.1 | electronicCommerce  |

    @A.10.6.2 @nonconforming
    Examples: A.10.6.2 Security of network services
      | control  | characteristic | other    | otherCharacteristic |
      | A.10.6.2 | networks       | A.10.9.1 | electronicCommerce  |

    @A.10.7.1 @nonconforming
    Examples: A.10.7.1 Management of removable media
      | control  | characteristic | other    | otherCharacteristic |
      | A.10.7.1 | removableMedia | A.10.9.1 | electronicCommerce  |

    @A.10.8.2 @nonconforming
    Examples: A.10.8.2 Exchange agreements
      | control  | characteristic  | other    | otherCharacteristic |
      | A.10.8.2 | externalParties | A.10.9.1 | electronicCommerce  |

    @A.10.8.3 @nonconforming
    Examples: A.10.8.3 Physical media in transit
      | control  | characteristic         | other    | otherCharacteristic |
      | A.10.8.3 | physicalMediaTransport | A.10.9.1 | electronicCommerce  |

    @A.10.8.4 @nonconforming
    Examples: A.10.8.4 Electronic messaging
      | control  | characteristic      | other    | otherCharacteristic |
      | A.10.8.4 | electronicMessaging | A.10.9.1 | electronicCommerce  |

    @A.10.8.5 @nonconforming
    Examples: A.10.8.5 Business information systems
      | control  | characteristic                | other    | otherCharacteristic |
      | A.10.8.5 | interconnectedBusinessSystems | A.10.9.1 | electronicCommerce  |

    @A.10.9.1 @nonconforming
    Examples: A.10.9.1 Electronic commerce
      | control  | characteristic     | other    | otherCharacteristic |
      | A.10.9.1 | electronicCommerce | A.11.7.2 | teleworking         |

    @A.10.9.2 @nonconforming
    Examples: A.10.9.2 On-line transactions
      | control  | characteristic     | other    | otherCharacteristic |
      | A.10.9.2 | onlineTransactions | A.10.9.1 | electronicCommerce  |

    @A.10.9.3 @nonconforming
    Examples: A.10.9.3 Publicly available information
      | control  | characteristic    | other    | otherCharacteristic |
      | A.10.9.3 | publicInformation | A.10.9.1 | electronicCommerce  |

    @A.11.4.1 @nonconforming
    Examples: A.11.4.1 Policy on use of network services
      | control  | characteristic | other    | otherCharacteristic |
      | A.11.4.1 | networks       | A.10.9.1 | electronicCommerce  |

    @A.11.4.2 @nonconforming
    Examples: A.11.4.2 User authentication for external connections
      | control  | characteristic | other    | otherCharacteristic |
      | A.11.4.2 | remoteAccess   | A.10.9.1 | electronicCommerce  |

    @A.11.4.3 @nonconforming
    Examples: A.11.4.3 Equipment identification in networks
      | control  | characteristic | other    | otherCharacteristic |
      | A.11.4.3 | networks       | A.10.9.1 | electronicCommerce  |

    @A.11.4.4 @nonconforming
    Examples: A.11.4.4 Remote diagnostic and configuration port protection
      | control  | characteristic        | other    | otherCharacteristic |
      | A.11.4.4 | remoteDiagnosticPorts | A.10.9.1 | electronicCommerce  |

    @A.11.4.5 @nonconforming
    Examples: A.11.4.5 Segregation in networks
      | control  | characteristic | other    | otherCharacteristic |
      | A.11.4.5 | networks       | A.10.9.1 | electronicCommerce  |

    @A.11.4.6 @nonconforming
    Examples: A.11.4.6 Network connection control
      | control  | characteristic | other    | otherCharacteristic |
      | A.11.4.6 | sharedNetworks | A.10.9.1 | electronicCommerce  |

    @A.11.4.7 @nonconforming
    Examples: A.11.4.7 Network routing control
      | control  | characteristic | other    | otherCharacteristic |
      | A.11.4.7 | sharedNetworks | A.10.9.1 | electronicCommerce  |

    @A.11.5.6 @nonconforming
    Examples: A.11.5.6 Limitation of connection time
      | control  | characteristic    | other    | otherCharacteristic |
      | A.11.5.6 | highRiskLocations | A.10.9.1 | electronicCommerce  |

    @A.11.6.2 @nonconforming
    Examples: A.11.6.2 Sensitive system isolation
      | control  | characteristic   | other    | otherCharacteristic |
      | A.11.6.2 | sensitiveSystems | A.10.9.1 | electronicCommerce  |

    @A.11.7.1 @nonconforming
    Examples: A.11.7.1 Mobile computing and communications
      | control  | characteristic  | other    | otherCharacteristic |
      | A.11.7.1 | mobileComputing | A.10.9.1 | electronicCommerce  |

    @A.11.7.2 @nonconforming
    Examples: A.11.7.2 Teleworking
      | control  | characteristic | other    | otherCharacteristic |
      | A.11.7.2 | teleworking    | A.10.9.1 | electronicCommerce  |

    @A.12.2.1 @nonconforming
    Examples: A.12.2.1 Input data validation
      | control  | characteristic      | other    | otherCharacteristic |
      | A.12.2.1 | softwareDevelopment | A.10.9.1 | electronicCommerce  |

    @A.12.2.2 @nonconforming
    Examples: A.12.2.2 Control of internal processing
      | control  | characteristic      | other    | otherCharacteristic |
      | A.12.2.2 | softwareDevelopment | A.10.9.1 | electronicCommerce  |

    @A.12.2.3 @nonconforming
    Examples: A.12.2.3 Message integrity
      | control  | characteristic      | other    | otherCharacteristic |
      | A.12.2.3 | softwareDevelopment | A.10.9.1 | electronicCommerce  |

    @A.12.2.4 @nonconforming
    Examples: A.12.2.4 Output data validation
      | control  | characteristic      | other    | otherCharacteristic |
      | A.12.2.4 | softwareDevelopment | A.10.9.1 | electronicCommerce  |

    @A.12.3.2 @nonconforming
    Examples: A.12.3.2 Key management
      | control  | characteristic | other    | otherCharacteristic |
      | A.12.3.2 | cryptography   | A.10.9.1 | electronicCommerce  |

    @A.12.4.2 @nonconforming
    Examples: A.12.4.2 Protection of system test data
      | control  | characteristic      | other    | otherCharacteristic |
      | A.12.4.2 | softwareDevelopment | A.10.9.1 | electronicCommerce  |

    @A.12.4.3 @nonconforming
    Examples: A.12.4.3 Access control to program source code
      | control  | characteristic      | other    | otherCharacteristic |
      | A.12.4.3 | softwareDevelopment | A.10.9.1 | electronicCommerce  |

    @A.12.5.5 @nonconforming
    Examples: A.12.5.5 Outsourced software development
      | control  | characteristic        | other    | otherCharacteristic |
      | A.12.5.5 | outsourcedDevelopment | A.10.9.1 | electronicCommerce  |

    @A.15.1.4 @nonconforming
    Examples: A.15.1.4 Data protection and privacy of personal information
      | control  | characteristic | other    | otherCharacteristic |
      | A.15.1.4 | personalData   | A.10.9.1 | electronicCommerce  |

    @A.15.1.6 @nonconforming
    Examples: A.15.1.6 Regulation of cryptographic controls
      | control  | characteristic | other    | otherCharacteristic |
      | A.15.1.6 | cryptography   | A.10.9.1 | electronicCommerce  |

    @A.15.3.2 @nonconforming
    Examples: A.15.3.2 Protection of information systems audit tools
      | control  | characteristic   | other    | otherCharacteristic |
      | A.15.3.2 | systemAuditTools | A.10.9.1 | electronicCommerce  |
