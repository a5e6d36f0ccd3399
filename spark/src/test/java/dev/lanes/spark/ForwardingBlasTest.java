package dev.lanes.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ludovic.netlib.blas.BLAS;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netlib.util.doubleW;
import org.netlib.util.floatW;

/**
 * Every routine of netlib's BLAS interface except dgemm and sgemm must reach netlib's
 * implementation unchanged: the same method, every argument in its place, the result returned.
 * A recording stand-in for netlib receives the calls. (dgemv and daxpy run on Lanes only with
 * unit increments; the increments here are not 1, so they must be forwarded too.)
 */
class ForwardingBlasTest {
  private static final List<String> ON_LANES = List.of("dgemm", "sgemm");

  @Test
  void everyOtherRoutineIsForwardedWithItsArgumentsInPlace() throws Exception {
    List<Method> received = new ArrayList<>();
    List<Object[]> receivedArguments = new ArrayList<>();
    BLAS recorder = (BLAS) Proxy.newProxyInstance(BLAS.class.getClassLoader(),
        new Class<?>[] {BLAS.class}, (proxy, method, arguments) -> {
          received.add(method);
          receivedArguments.add(arguments);
          return distinctResult(method.getReturnType());
        });
    LanesBLAS lanes = new LanesBLAS(recorder);
    int forwarded = 0;
    for (Method method : BLAS.class.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) || ON_LANES.contains(method.getName())) {
        continue;
      }
      Object[] arguments = distinctArguments(method.getParameterTypes());
      received.clear();
      receivedArguments.clear();
      Object result = method.invoke(lanes, arguments);
      assertEquals(List.of(method), received, "forwarded as " + method);
      assertArrayEquals(arguments, receivedArguments.get(0), "arguments of " + method);
      assertEquals(distinctResult(method.getReturnType()), result, "result of " + method);
      forwarded++;
    }
    // 137 methods in netlib 3.2's BLAS, four of them dgemm and sgemm.
    assertTrue(forwarded >= 133, forwarded + " routines forwarded");
  }

  /** Arguments that differ from each other, so a swapped pair is noticed. */
  private static Object[] distinctArguments(Class<?>[] types) {
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      int value = 11 + i;
      Class<?> type = types[i];
      if (type == int.class) {
        arguments[i] = value;
      } else if (type == double.class) {
        arguments[i] = value + 0.5;
      } else if (type == float.class) {
        arguments[i] = value + 0.25f;
      } else if (type == String.class) {
        arguments[i] = "flag" + value;
      } else if (type == double[].class) {
        arguments[i] = new double[value];
      } else if (type == float[].class) {
        arguments[i] = new float[value];
      } else if (type == doubleW.class) {
        arguments[i] = new doubleW(value);
      } else if (type == floatW.class) {
        arguments[i] = new floatW(value);
      } else {
        throw new AssertionError("no test value for " + type);
      }
    }
    return arguments;
  }

  private static Object distinctResult(Class<?> type) {
    if (type == double.class) {
      return 3.5;
    } else if (type == float.class) {
      return 2.5f;
    } else if (type == int.class) {
      return 7;
    } else if (type == boolean.class) {
      return true;
    }
    return null;
  }
}
