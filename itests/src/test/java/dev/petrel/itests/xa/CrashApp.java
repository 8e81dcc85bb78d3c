package dev.petrel.itests.xa;

import com.arjuna.ats.arjuna.common.ObjectStoreEnvironmentBean;
import com.arjuna.ats.arjuna.common.arjPropertyManager;
import com.arjuna.ats.arjuna.common.recoveryPropertyManager;
import com.arjuna.ats.arjuna.recovery.RecoveryManager;
import com.arjuna.ats.internal.jta.recovery.arjunacore.XARecoveryModule;
import com.arjuna.ats.jta.common.jtaPropertyManager;
import com.arjuna.ats.jta.recovery.XAResourceRecoveryHelper;
import com.arjuna.common.internal.util.propertyservice.BeanPopulator;
import dev.petrel.jms.PetrelXAConnection;
import dev.petrel.jms.PetrelXAConnectionFactory;
import dev.petrel.jms.PetrelXASession;
import dev.petrel.xa.PetrelRecoveryHelper;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.nio.file.Path;
import java.util.List;
import javax.transaction.xa.XAResource;

/**
 * The application of the XA crash tests, run as its own JVM: it first completes what its predecessor left in
 * doubt (Narayana's recovery scan over Petrel and the database, then prints {@code RECOVERED}), then, unless
 * the row id is {@code -}, runs one JTA transaction that sends the row id to queue {@value #QUEUE} and inserts
 * it as a row, stopping at the chosen point ({@link AnnouncingXAResource}). Prints {@code DONE} at the end.
 *
 * <p>Arguments: Narayana's object store directory, node id, broker URL, database URL, row id, crash point.
 */
public final class CrashApp {

    static final String QUEUE = "xa.crash";

    private CrashApp() {
    }

    public static void main(String[] args) throws Exception {
        configureNarayana(Path.of(args[0]), args[1]);
        PetrelXAConnectionFactory petrel = new PetrelXAConnectionFactory(args[2]);
        recover(petrel, args[3]);
        System.out.println("RECOVERED");
        System.out.flush();
        if (!"-".equals(args[4])) {
            try {
                transact(petrel, args[3], args[4], args[5]);
            } catch (Exception e) {
                System.out.println("FAILED " + e); // a killed broker: recovery completes it next time
            }
        }
        System.out.println("DONE");
        System.out.flush();
        Runtime.getRuntime().halt(0); // quick: nothing is left to flush, Narayana's log is synchronous
    }

    private static void configureNarayana(Path dir, String nodeId) throws Exception {
        String store = dir.toString();
        BeanPopulator.getDefaultInstance(ObjectStoreEnvironmentBean.class).setObjectStoreDir(store);
        BeanPopulator.getNamedInstance(ObjectStoreEnvironmentBean.class, "communicationStore")
                .setObjectStoreDir(store);
        BeanPopulator.getNamedInstance(ObjectStoreEnvironmentBean.class, "stateStore").setObjectStoreDir(store);
        arjPropertyManager.getCoreEnvironmentBean().setNodeIdentifier(nodeId);
        jtaPropertyManager.getJTAEnvironmentBean().setXaRecoveryNodes(List.of(nodeId));
        jtaPropertyManager.getJTAEnvironmentBean().setOrphanSafetyInterval(0);
        recoveryPropertyManager.getRecoveryEnvironmentBean().setRecoveryBackoffPeriod(1);
        recoveryPropertyManager.getRecoveryEnvironmentBean().setPeriodicRecoveryPeriod(3600);
    }

    /** One full recovery scan (both passes) over Petrel and the database. */
    private static void recover(PetrelXAConnectionFactory petrel, String dbUrl) {
        RecoveryManager manager = RecoveryManager.manager(RecoveryManager.DIRECT_MANAGEMENT);
        PetrelRecoveryHelper petrelHelper = PetrelRecoveryHelper.register(petrel);
        XAResourceRecoveryHelper dbHelper = new XAResourceRecoveryHelper() {
            @Override
            public boolean initialise(String properties) {
                return true;
            }

            @Override
            public XAResource[] getXAResources() {
                return new XAResource[] {new DurableRowResource(dbUrl, null)};
            }
        };
        XARecoveryModule.getRegisteredXARecoveryModule().addXAResourceRecoveryHelper(dbHelper);
        manager.scan();
    }

    private static void transact(PetrelXAConnectionFactory petrel, String dbUrl, String rowId, String crashPoint)
            throws Exception {
        TransactionManager tm = com.arjuna.ats.jta.TransactionManager.transactionManager();
        PetrelXAConnection connection = petrel.createXAConnection();
        PetrelXASession session = connection.createXASession();
        tm.begin();
        Transaction tx = tm.getTransaction();
        tx.enlistResource(new AnnouncingXAResource("petrel", session.getXAResource(), crashPoint));
        session.createProducer(session.createQueue(QUEUE)).send(session.createTextMessage(rowId));
        tx.enlistResource(new AnnouncingXAResource("db", new DurableRowResource(dbUrl, rowId), crashPoint));
        tm.commit();
    }
}
