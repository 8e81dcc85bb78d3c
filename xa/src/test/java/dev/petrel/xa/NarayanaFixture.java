package dev.petrel.xa;

import com.arjuna.ats.arjuna.common.ObjectStoreEnvironmentBean;
import com.arjuna.ats.arjuna.common.arjPropertyManager;
import com.arjuna.common.internal.util.propertyservice.BeanPopulator;
import java.nio.file.Path;

/** Points Narayana (a JVM-wide singleton) at an object store under {@code dir}; call before its first use. */
final class NarayanaFixture {

    private NarayanaFixture() {
    }

    static void configure(Path dir, String nodeId) {
        String store = dir.resolve("narayana").toString();
        BeanPopulator.getDefaultInstance(ObjectStoreEnvironmentBean.class).setObjectStoreDir(store);
        BeanPopulator.getNamedInstance(ObjectStoreEnvironmentBean.class, "communicationStore")
                .setObjectStoreDir(store);
        BeanPopulator.getNamedInstance(ObjectStoreEnvironmentBean.class, "stateStore").setObjectStoreDir(store);
        try {
            arjPropertyManager.getCoreEnvironmentBean().setNodeIdentifier(nodeId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
