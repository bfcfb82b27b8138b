package com.presstally.batch;

import com.presstally.store.jdbc.Database;
import jakarta.transaction.TransactionManager;
import org.jberet.repository.JdbcRepository;
import org.jberet.repository.JobRepository;
import org.jberet.se.BatchSEEnvironment;
import org.jberet.spi.ArtifactFactory;
import org.jberet.spi.BatchEnvironment;
import org.jberet.spi.JobTask;
import org.jberet.spi.JobXmlResolver;

import java.util.Properties;

/**
 * JBeret in Java SE without CDI: delegates to JBeret's SE environment for threads, transactions and
 * job XML, creates artifacts by the class names in the job XML (JBeret does that itself when the
 * factory returns null, and still injects the job and step contexts), and keeps the job repository
 * in the same JDBC database as the store.
 */
public final class PressTallyBatchEnvironment implements BatchEnvironment {
    private final BatchSEEnvironment delegate = new BatchSEEnvironment();
    private final JobRepository repository;
    private final Properties properties;

    public PressTallyBatchEnvironment(Database database) {
        properties = new Properties();
        properties.putAll(delegate.getBatchConfigurationProperties());
        properties.setProperty("job-repository-type", "jdbc");
        properties.setProperty(JdbcRepository.DB_URL_KEY, database.url());
        properties.setProperty(JdbcRepository.DB_USER_KEY, database.user());
        properties.setProperty(JdbcRepository.DB_PASSWORD_KEY, database.password());
        repository = JdbcRepository.create(properties);
    }

    @Override
    public ClassLoader getClassLoader() {
        return delegate.getClassLoader();
    }

    @Override
    public ArtifactFactory getArtifactFactory() {
        return new ArtifactFactory() {
            @Override
            public Object create(String ref, Class<?> cls, ClassLoader classLoader) {
                return null;
            }

            @Override
            public void destroy(Object instance) {
                // nothing to release: artifacts hold no resources between calls
            }

            @Override
            public Class<?> getArtifactClass(String ref, ClassLoader classLoader) {
                return null;
            }
        };
    }

    @Override
    public void submitTask(JobTask task) {
        delegate.submitTask(task);
    }

    @Override
    public TransactionManager getTransactionManager() {
        return delegate.getTransactionManager();
    }

    @Override
    public JobRepository getJobRepository() {
        return repository;
    }

    @Override
    public JobXmlResolver getJobXmlResolver() {
        return delegate.getJobXmlResolver();
    }

    @Override
    public Properties getBatchConfigurationProperties() {
        return properties;
    }

    @Override
    public String getApplicationName() {
        return "press-tally";
    }
}
