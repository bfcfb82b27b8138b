package com.presstally.batch;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

/** Puts the reason a step failed into the job's exit status, so the CLI can print it on one line. */
public class FailureListener extends AbstractStepListener {
    @Inject
    JobContext jobContext;
    @Inject
    StepContext stepContext;

    @Override
    public void afterStep() {
        Exception e = stepContext.getException();
        if (e != null) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            jobContext.setExitStatus("step " + stepContext.getStepName() + " failed: " + message);
        }
    }
}
