package dev.lanes.nn;

import java.io.IOException;

/** A model file that is truncated, corrupt, or does not describe a consistent network. */
public final class ModelFileException extends IOException {
  private static final long serialVersionUID = 1L;

  ModelFileException(String message) {
    super(message);
  }

  ModelFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
