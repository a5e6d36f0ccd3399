package dev.lanes.kernel;

/**
 * What runs in this JVM, as returned by {@link Kernels#describe()}.
 *
 * @param jdk the Java runtime version
 * @param implementation {@code "vector"} (the Vector API kernels) or {@code "scalar"}
 * @param vectorBits the vector width in bits, 0 on the scalar path
 * @param floatLanes floats per vector, 1 on the scalar path
 * @param doubleLanes doubles per vector, 1 on the scalar path
 * @param threads the threads a large GEMM uses
 * @param requestedWidth the value of {@code lanes.vectorBits} ({@code auto} by default)
 * @param fallbackReason why the scalar path runs although vectors were asked for, or null
 */
public record KernelDescription(String jdk, String implementation, int vectorBits,
    int floatLanes, int doubleLanes, int threads, String requestedWidth,
    String fallbackReason) {

  @Override
  public String toString() {
    String width = vectorBits == 0 ? "scalar kernels"
        : vectorBits + "-bit vectors (" + floatLanes + " float, " + doubleLanes + " double lanes)";
    return "Lanes on JDK " + jdk + ": " + width + ", " + threads + " thread"
        + (threads == 1 ? "" : "s") + ", lanes.vectorBits=" + requestedWidth
        + (fallbackReason == null ? "" : "; scalar fallback because " + fallbackReason);
  }
}
