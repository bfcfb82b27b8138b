package com.presstally.batch;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import java.util.Properties;

/**
 * Splits the extraction step into {@code partitions} slices of the input files (file i goes to
 * partition i mod n), each read, extracted and written on its own thread with its own checkpoint,
 * so a restart resumes every slice where it stopped.
 */
public class ArticlePartitionMapper implements PartitionMapper {
    public static final String PARTITION = "partition";
    public static final String PARTITIONS = "partitions";

    @Inject
    JobContext jobContext;

    @Override
    public PartitionPlan mapPartitions() {
        int n = JobResources.settings(jobContext).partitions();
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(n);
        Properties[] properties = new Properties[n];
        for (int i = 0; i < n; i++) {
            properties[i] = new Properties();
            properties[i].setProperty(PARTITION, Integer.toString(i));
            properties[i].setProperty(PARTITIONS, Integer.toString(n));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
