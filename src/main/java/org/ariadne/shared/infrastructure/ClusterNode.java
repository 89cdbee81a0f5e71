package org.ariadne.shared.infrastructure;

/** The node a piece of work runs on, for leases and logs (kept out of the enterprise beans that use it). */
public final class ClusterNode {

    private ClusterNode() {
    }

    /** This node's name, as WildFly knows it (jboss.node.name, the host name by default). */
    public static String name() {
        return System.getProperty("jboss.node.name", "unknown");
    }
}
