package dev.petrel.jms;

import jakarta.jms.ConnectionMetaData;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/** What {@code Connection.getMetaData()} tells: the API version implemented and this provider. Immutable. */
public final class PetrelConnectionMetaData implements ConnectionMetaData {

    /** This provider's version, as {@link #getProviderVersion()} reports it. */
    public static final String PROVIDER_VERSION = "0.1.0";

    static final PetrelConnectionMetaData INSTANCE = new PetrelConnectionMetaData();

    /** The JMSX properties this provider supports (Jakarta Messaging 3.1 §3.5.9). */
    private static final List<String> JMSX_PROPERTIES = List.of("JMSXDeliveryCount", "JMSXGroupID", "JMSXGroupSeq");

    private PetrelConnectionMetaData() {
    }

    @Override
    public String getJMSVersion() {
        return "3.1";
    }

    @Override
    public int getJMSMajorVersion() {
        return 3;
    }

    @Override
    public int getJMSMinorVersion() {
        return 1;
    }

    @Override
    public String getJMSProviderName() {
        return "Petrel";
    }

    @Override
    public String getProviderVersion() {
        return PROVIDER_VERSION;
    }

    @Override
    public int getProviderMajorVersion() {
        return Integer.parseInt(PROVIDER_VERSION.split("\\.")[0]);
    }

    @Override
    public int getProviderMinorVersion() {
        return Integer.parseInt(PROVIDER_VERSION.split("\\.")[1]);
    }

    @Override
    public Enumeration<String> getJMSXPropertyNames() {
        return Collections.enumeration(JMSX_PROPERTIES);
    }
}
