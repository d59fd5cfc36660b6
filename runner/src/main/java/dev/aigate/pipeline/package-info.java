/**
 * Everything a CI pipeline step decides, kept in the runner where it is tested: which aigate command line a step's
 * parameters make ({@link dev.aigate.pipeline.StepParameters}, {@link dev.aigate.pipeline.RunnerLaunch}), which
 * environment variable carries an API key, what a result.json means to the step that ran it
 * ({@link dev.aigate.pipeline.StepResult}), the verdict → build-result rule
 * ({@link dev.aigate.pipeline.BuildResultRule}) and the trend of key figures across builds
 * ({@link dev.aigate.pipeline.BuildTrend}).
 *
 * <p>The Jenkins plugin ({@code plugin/}) is a thin adapter over this package: it collects its steps' parameters,
 * starts the runner jar in a child JVM on the agent, and hands the result back here to be judged. The package
 * depends on the JDK and Jackson only, so the plugin can carry it without the engine's other libraries.
 */
package dev.aigate.pipeline;
