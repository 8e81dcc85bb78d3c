package dev.petrel.xa;

import com.arjuna.ats.internal.jta.recovery.arjunacore.XARecoveryModule;
import com.arjuna.ats.jta.recovery.XAResourceRecoveryHelper;
import dev.petrel.jms.PetrelXAConnection;
import dev.petrel.jms.PetrelXAConnectionFactory;
import jakarta.jms.JMSException;
import javax.transaction.xa.XAResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets Narayana's recovery manager find in-doubt Petrel branches: each recovery pass asks for the broker's
 * prepared branches through a connection of its own (opened on first use, reopened after the broker went away)
 * and commits or rolls them back as its log says. Register it once with {@link #register}; a broker that cannot
 * be reached is skipped for that pass and tried again at the next.
 *
 * <p>Threads: Narayana's recovery thread; {@code connection} is guarded by this object.
 */
public final class PetrelRecoveryHelper implements XAResourceRecoveryHelper {

    private static final Logger LOG = LoggerFactory.getLogger(PetrelRecoveryHelper.class);

    private final PetrelXAConnectionFactory factory;
    private PetrelXAConnection connection;

    public PetrelRecoveryHelper(PetrelXAConnectionFactory factory) {
        this.factory = factory;
    }

    /** Adds a helper for the broker {@code factory} names to the running recovery manager's XA module. */
    public static PetrelRecoveryHelper register(PetrelXAConnectionFactory factory) {
        XARecoveryModule module = XARecoveryModule.getRegisteredXARecoveryModule();
        if (module == null) {
            throw new IllegalStateException("Narayana's XARecoveryModule is not registered: start the recovery "
                    + "manager first (RecoveryManager.manager().initialize())");
        }
        PetrelRecoveryHelper helper = new PetrelRecoveryHelper(factory);
        module.addXAResourceRecoveryHelper(helper);
        return helper;
    }

    @Override
    public boolean initialise(String properties) {
        return true;
    }

    @Override
    public synchronized XAResource[] getXAResources() {
        try {
            if (connection == null) {
                connection = factory.createXAConnection();
                connection.setExceptionListener(e -> forget());
            }
            return new XAResource[] {connection.recoveryResource()};
        } catch (JMSException e) {
            LOG.info("Petrel broker not reachable for XA recovery this pass ({}); trying again next pass",
                    e.getMessage());
            return new XAResource[0];
        }
    }

    private synchronized void forget() {
        connection = null;
    }

    /** Unregisters the helper and closes its connection. */
    public synchronized void close() {
        XARecoveryModule module = XARecoveryModule.getRegisteredXARecoveryModule();
        if (module != null) {
            module.removeXAResourceRecoveryHelper(this);
        }
        if (connection != null) {
            DeferredClose.quietly(connection::close);
            connection = null;
        }
    }
}
