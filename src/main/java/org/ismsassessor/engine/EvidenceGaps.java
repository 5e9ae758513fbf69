package org.ismsassessor.engine;

import java.util.ArrayList;
import java.util.List;
import org.ismsassessor.snapshot.Agreement;
import org.ismsassessor.snapshot.AuthenticationSetting;
import org.ismsassessor.snapshot.BusinessProcess;
import org.ismsassessor.snapshot.Change;
import org.ismsassessor.snapshot.Incident;
import org.ismsassessor.snapshot.Organization;
import org.ismsassessor.snapshot.ProcessingActivity;

/**
 * The evidence a record leaves out, listed field by field, for Annex A rule conditions and explanations.
 * Java rather than DRL functions: the executable rule model cannot call a DRL function inside a condition.
 */
public final class EvidenceGaps {
    private EvidenceGaps() {
    }

    // The password settings the access policy sets minimums for but a system's configuration does not state.
    // A missing expiry is accepted where the policy allows multi-factor authentication instead and it is enforced.
    public static List<String> passwordSettingsNotStated( Organization.AccessPolicy policy, AuthenticationSetting s ) {
        List<String> missing = new ArrayList<>();
        if ( policy.minPasswordLength() != null && s.minPasswordLength() == null ) {
            missing.add( "minPasswordLength" );
        }
        if ( policy.passwordHistory() != null && s.passwordHistory() == null ) {
            missing.add( "passwordHistory" );
        }
        boolean multiFactorInstead = Boolean.TRUE.equals( policy.multiFactorEquivalent() ) && Boolean.TRUE.equals( s.multiFactor() );
        if ( policy.maxPasswordAgeDays() != null && s.maxPasswordAgeDays() == null && !multiFactorInstead ) {
            missing.add( "maxPasswordAgeDays" );
        }
        return missing;
    }

    // The evidence of change control an implemented software change does not show (field names).
    public static List<String> softwareChangeEvidenceNotShown( Change c ) {
        List<String> missing = new ArrayList<>();
        if ( c.approvedBy() == null ) {
            missing.add( "approvedBy" );
        }
        if ( c.approvedOn() == null ) {
            missing.add( "approvedOn" );
        }
        if ( c.tested() == null ) {
            missing.add( "tested" );
        }
        if ( c.recorded() == null ) {
            missing.add( "recorded" );
        }
        return missing;
    }

    // The topics an outsourced development agreement must cover but does not.
    public static List<String> outsourcedDevelopmentTopicsNotCovered( Agreement a ) {
        List<String> missing = new ArrayList<>();
        for ( String topic : List.of( "security", "licensing", "quality", "audit-rights" ) ) {
            if ( !a.coversTopic( topic ) ) {
                missing.add( topic );
            }
        }
        return missing;
    }

    // The facts about its reporting an incident record does not show (field names).
    public static List<String> incidentReportingNotShown( Incident i ) {
        List<String> missing = new ArrayList<>();
        if ( i.detectedAt() == null ) {
            missing.add( "detectedAt" );
        }
        if ( i.reportedAt() == null ) {
            missing.add( "reportedAt" );
        }
        if ( i.reportedTo() == null ) {
            missing.add( "reportedTo" );
        }
        return missing;
    }

    // The disruptive events of a process whose information security impact is not stated.
    public static List<String> continuityEventsWithoutSecurityImpact( BusinessProcess p ) {
        List<String> events = new ArrayList<>();
        for ( BusinessProcess.ContinuityEvent e : p.continuityEvents() ) {
            if ( e.securityImpact() == null || e.securityImpact().isBlank() ) {
                events.add( e.event() == null ? "(unnamed event)" : e.event() );
            }
        }
        return events;
    }

    // What the record of a processing of personal data does not show (field names).
    public static List<String> processingSafeguardsNotShown( ProcessingActivity a ) {
        List<String> missing = new ArrayList<>();
        if ( a.lawfulBasis() == null || a.lawfulBasis().isBlank() ) {
            missing.add( "lawfulBasis" );
        }
        if ( a.legalRequirementIds().isEmpty() ) {
            missing.add( "legalRequirementIds" );
        }
        if ( a.protectionMeasures() == null || a.protectionMeasures().isBlank() ) {
            missing.add( "protectionMeasures" );
        }
        return missing;
    }
}
